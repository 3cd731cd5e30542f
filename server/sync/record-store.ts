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

interface StoredRow {
  kind: Kind;
  id: string;
  version: number;
  buckets: string[];
  deleted: boolean;
  data: AnyRecord;
}

/** Rows and log entries for `writes`, numbered from `first`; `next` is the first number left unused. */
function plan(writes: RecordWrite[], first: number): { rows: StoredRow[]; log: LogEntry[]; next: number } {
  let seq = first;
  const log: LogEntry[] = [];
  const rows = writes.map((w) => {
    const routed = bucketsOf(w.kind, w.record as never);
    const buckets = w.record.deleted ? [] : routed;
    const before = new Set([...(w.previousBuckets ?? []), ...(w.record.deleted ? routed : [])]);
    const left = [...before].filter((b) => !buckets.includes(b));
    const version = seq++;
    const record = { ...w.record, version };
    for (const bucket of buckets) log.push({ seq: seq++, bucket, kind: w.kind, id: record.id, op: 'put', version });
    // Leaving a bucket (or being deleted) is a tombstone there: its subscribers drop the row.
    for (const bucket of left) log.push({ seq: seq++, bucket, kind: w.kind, id: record.id, op: 'rm', version });
    return { kind: w.kind, id: record.id, version, buckets, deleted: record.deleted, data: record };
  });
  return { rows, log, next: seq };
}

/** Store planned rows and log entries; each log entry replaces the record's older one in its bucket. */
async function store(q: Queryable, rows: StoredRow[], log: LogEntry[]): Promise<void> {
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

const seqCount = (writes: RecordWrite[]) => plan(writes, 0).next;

/** Write records and their log entries. Runs inside the caller's transaction. */
export async function writeRecords(q: Queryable, writes: RecordWrite[]): Promise<void> {
  if (writes.length === 0) return;
  const count = seqCount(writes);
  // Taking the counter row's lock serialises writers until commit: seq order = commit order.
  const [{ first }] = await q.query<{ first: number }>(
    'UPDATE sync_meta SET next_seq = next_seq + $1 WHERE id = 1 RETURNING next_seq - $1 AS first',
    [count],
  );
  const { rows, log } = plan(writes, first);
  await store(q, rows, log);
}

/**
 * The writes of many mutations in one transaction (a push request), stored at once when it
 * ends: four statements instead of four per mutation. It takes the counter row's lock at the
 * start, so it numbers every write exactly as writing each at once would, and later mutations
 * read earlier ones' writes from it (`written`), with the versions they will have.
 */
export class WriteBatch {
  private readonly rows = new Map<string, StoredRow>();
  private readonly log = new Map<string, LogEntry>();
  /** Stored records read ahead by id (any kind), and which ids were asked for. */
  private readonly readAhead = new Map<string, AnyRecord>();
  private readonly askedFor = new Set<string>();

  private constructor(
    private readonly q: Queryable,
    private next: number,
  ) {}

  static async begin(q: Queryable): Promise<WriteBatch> {
    const [{ next_seq }] = await q.query<{ next_seq: number }>(
      'SELECT next_seq FROM sync_meta WHERE id = 1 FOR UPDATE',
    );
    return new WriteBatch(q, next_seq);
  }

  add(writes: RecordWrite[]): void {
    const planned = plan(writes, this.next);
    this.next = planned.next;
    for (const row of planned.rows) this.rows.set(`${row.kind}:${row.id}`, row);
    for (const entry of planned.log) this.log.set(`${entry.bucket}|${entry.kind}:${entry.id}`, entry);
  }

  /**
   * Read the stored records with these ids in one query: the mutations of a batch mostly read
   * the records their arguments name (a new job's id, to refuse overwriting one).
   */
  async readAheadIds(ids: string[]): Promise<void> {
    const fresh = [...new Set(ids)].filter((id) => !this.askedFor.has(id));
    if (fresh.length === 0) return;
    const rows = await this.q.query<{ kind: Kind; id: string; data: AnyRecord }>(
      'SELECT kind, id, data FROM records WHERE id::text IN (SELECT jsonb_array_elements_text($1::text::jsonb))',
      [JSON.stringify(fresh)],
    );
    for (const id of fresh) this.askedFor.add(id);
    for (const row of rows) this.readAhead.set(`${row.kind}:${row.id}`, row.data);
  }

  /** A stored record read ahead: the record, null when it was looked for and is not there, undefined when not looked for. */
  stored(kind: Kind, id: string): AnyRecord | null | undefined {
    if (!this.askedFor.has(id)) return undefined;
    return this.readAhead.get(`${kind}:${id}`) ?? null;
  }

  /** A record as this batch wrote it, if it did. */
  get(kind: Kind, id: string): AnyRecord | undefined {
    return this.rows.get(`${kind}:${id}`)?.data;
  }

  /** Records of a kind written so far in this batch, as stored. */
  written(kind: Kind): AnyRecord[] {
    return [...this.rows.values()].filter((row) => row.kind === kind).map((row) => row.data);
  }

  async finish(): Promise<void> {
    if (this.rows.size === 0) return;
    await this.q.query('UPDATE sync_meta SET next_seq = $1 WHERE id = 1', [this.next]);
    await store(this.q, [...this.rows.values()], [...this.log.values()]);
  }
}
