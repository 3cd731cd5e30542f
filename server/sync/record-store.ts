/**
 * Reading and writing records on the server. Every write stamps the records and the change
 * log with sequence numbers taken from the counter row, and compacts the log as it goes:
 * one entry per (bucket, record), so a first pull carries each live row once.
 */
import { bucketOf } from '../../src/core/buckets';
import type { AnyRecord, Kind, RecordByKind } from '../../src/core/records';
import type { Queryable } from '../db/database';

export interface RecordWrite {
  kind: Kind;
  record: AnyRecord;
  /** The bucket the stored version was in, when it changes bucket (scope move). */
  previousBucket?: string;
}

interface LogEntry {
  seq: number;
  bucket: string;
  kind: Kind;
  id: string;
  op: 'put' | 'rm';
  version: number;
}

export async function readRecord<K extends Kind>(q: Queryable, kind: K, id: string): Promise<RecordByKind[K] | undefined> {
  const rows = await q.query<{ data: RecordByKind[K] }>('SELECT data FROM records WHERE kind = $1 AND id = $2', [kind, id]);
  return rows[0]?.data;
}

export async function findRecord<K extends Kind>(
  q: Queryable,
  kind: K,
  match: Record<string, string>,
): Promise<RecordByKind[K] | undefined> {
  const rows = await q.query<{ data: RecordByKind[K] }>(
    'SELECT data FROM records WHERE kind = $1 AND NOT deleted AND data @> $2::text::jsonb LIMIT 1',
    [kind, JSON.stringify(match)],
  );
  return rows[0]?.data;
}

/** Write records and their log entries. Runs inside the caller's transaction. */
export async function writeRecords(q: Queryable, writes: RecordWrite[]): Promise<void> {
  if (writes.length === 0) return;
  const moves = writes.filter((w) => w.previousBucket && w.previousBucket !== bucketOf(w.kind, w.record as never));
  const count = writes.length + moves.length;
  // Taking the counter row's lock serialises writers until commit: seq order = commit order.
  const [{ first }] = await q.query<{ first: number }>(
    'UPDATE sync_meta SET next_seq = next_seq + $1 WHERE id = 1 RETURNING next_seq - $1 AS first',
    [count],
  );
  let seq = first;
  const log: LogEntry[] = [];
  const rows = writes.map((w) => {
    const version = seq++;
    const bucket = bucketOf(w.kind, w.record as never);
    const record = { ...w.record, version };
    log.push({ seq: version, bucket, kind: w.kind, id: record.id, op: record.deleted ? 'rm' : 'put', version });
    return { kind: w.kind, id: record.id, version, bucket, deleted: record.deleted, data: record };
  });
  for (const move of moves) {
    // Leaving a bucket is a tombstone there: subscribers of the old scope drop the row.
    const version = rows.find((r) => r.kind === move.kind && r.id === move.record.id)!.version;
    log.push({ seq: seq++, bucket: move.previousBucket!, kind: move.kind, id: move.record.id, op: 'rm', version });
  }
  const logJson = JSON.stringify(log);
  await q.query(
    `DELETE FROM sync_log l USING jsonb_to_recordset($1::text::jsonb) AS x(bucket text, kind text, id uuid)
     WHERE l.bucket = x.bucket AND l.kind = x.kind AND l.id = x.id`,
    [logJson],
  );
  await q.query(
    `INSERT INTO sync_log (seq, bucket, kind, id, op, version)
     SELECT seq, bucket, kind, id, op, version
     FROM jsonb_to_recordset($1::text::jsonb) AS x(seq bigint, bucket text, kind text, id uuid, op text, version bigint)`,
    [logJson],
  );
  await q.query(
    `INSERT INTO records (kind, id, version, bucket, deleted, data)
     SELECT kind, id, version, bucket, deleted, data
     FROM jsonb_to_recordset($1::text::jsonb) AS x(kind text, id uuid, version bigint, bucket text, deleted boolean, data jsonb)
     ON CONFLICT (kind, id) DO UPDATE SET version = EXCLUDED.version, bucket = EXCLUDED.bucket,
       deleted = EXCLUDED.deleted, data = EXCLUDED.data, updated_at = now()`,
    [JSON.stringify(rows)],
  );
}
