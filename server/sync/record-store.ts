/**
 * Reading and writing records on the server. Every write stamps the records and the change
 * log with sequence numbers taken from the counter row, and compacts the log as it goes:
 * one entry per (bucket, record), so a first pull carries each live row once.
 */
import { bucketsOf } from '../../src/core/buckets';
import type { AnyRecord, Kind, RecordByKind } from '../../src/core/records';
import type { Queryable } from '../db/database';

export interface RecordWrite {
  kind: Kind;
  record: AnyRecord;
  /** The buckets the stored version was in; leaving one is a tombstone there (scope move). */
  previousBuckets?: readonly string[];
}

interface LogEntry {
  seq: number;
  bucket: string;
  kind: Kind;
  id: string;
  op: 'put' | 'rm';
  version: number;
}

export async function readRecord<K extends Kind>(
  q: Queryable,
  kind: K,
  id: string,
): Promise<RecordByKind[K] | undefined> {
  const rows = await q.query<{ data: RecordByKind[K] }>('SELECT data FROM records WHERE kind = $1 AND id = $2', [
    kind,
    id,
  ]);
  return rows[0]?.data;
}

/** Live records whose fields equal every value in `match` (the GIN index on `data` serves it). */
export async function findRecords<K extends Kind>(
  q: Queryable,
  kind: K,
  match: Record<string, string | number>,
  limit = 1000,
): Promise<RecordByKind[K][]> {
  const rows = await q.query<{ data: RecordByKind[K] }>(
    'SELECT data FROM records WHERE kind = $1 AND NOT deleted AND data @> $2::text::jsonb ORDER BY id LIMIT $3',
    [kind, JSON.stringify(match), limit],
  );
  return rows.map((r) => r.data);
}

/** How many live records match, leaving out `except` (records the caller counts itself). */
export async function countRecords(
  q: Queryable,
  kind: Kind,
  match: Record<string, string>,
  except: readonly string[] = [],
): Promise<number> {
  const [row] = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM records WHERE kind = $1 AND NOT deleted AND data @> $2::text::jsonb
       AND id::text NOT IN (SELECT jsonb_array_elements_text($3::text::jsonb))`,
    [kind, JSON.stringify(match), JSON.stringify(except)],
  );
  return row.n;
}

/** Write records and their log entries. Runs inside the caller's transaction. */
export async function writeRecords(q: Queryable, writes: RecordWrite[]): Promise<void> {
  if (writes.length === 0) return;
  const planned = writes.map((w) => {
    const routed = bucketsOf(w.kind, w.record as never);
    const buckets = w.record.deleted ? [] : routed;
    const before = new Set([...(w.previousBuckets ?? []), ...(w.record.deleted ? routed : [])]);
    const left = [...before].filter((b) => !buckets.includes(b));
    return { ...w, buckets, left };
  });
  const count = planned.reduce((n, p) => n + 1 + p.buckets.length + p.left.length, 0);
  // Taking the counter row's lock serialises writers until commit: seq order = commit order.
  const [{ first }] = await q.query<{ first: number }>(
    'UPDATE sync_meta SET next_seq = next_seq + $1 WHERE id = 1 RETURNING next_seq - $1 AS first',
    [count],
  );
  let seq = first;
  const log: LogEntry[] = [];
  const rows = planned.map((p) => {
    const version = seq++;
    const record = { ...p.record, version };
    for (const bucket of p.buckets) log.push({ seq: seq++, bucket, kind: p.kind, id: record.id, op: 'put', version });
    // Leaving a bucket (or being deleted) is a tombstone there: its subscribers drop the row.
    for (const bucket of p.left) log.push({ seq: seq++, bucket, kind: p.kind, id: record.id, op: 'rm', version });
    return { kind: p.kind, id: record.id, version, buckets: p.buckets, deleted: record.deleted, data: record };
  });
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
    `INSERT INTO records (kind, id, version, buckets, deleted, data)
     SELECT kind, id, version, ARRAY(SELECT jsonb_array_elements_text(buckets)), deleted, data
     FROM jsonb_to_recordset($1::text::jsonb) AS x(kind text, id uuid, version bigint, buckets jsonb, deleted boolean, data jsonb)
     ON CONFLICT (kind, id) DO UPDATE SET version = EXCLUDED.version, buckets = EXCLUDED.buckets,
       deleted = EXCLUDED.deleted, data = EXCLUDED.data, updated_at = now()`,
    [JSON.stringify(rows)],
  );
}
