/**
 * POST /api/sync/v1/pull (SYNC.md §2.4): changes after each bucket's cursor, in server
 * sequence order, in pages bounded by a row budget. Rows travel columnar.
 */
import { type Actor, projectRecord } from '../../src/core/access';
import { ALL_BUCKET, PUBLIC_BUCKETS, parseBucket } from '../../src/core/buckets';
import {
  columnsOf,
  encodeRows,
  type BucketPage,
  type PageRows,
  rowCount,
  type PullRequest,
  type PullResponse,
} from '../../src/core/protocol';
import type { AnyRecord, Kind } from '../../src/core/records';
import type { Queryable } from '../db/database';
import { grantedBuckets } from './grants';
import { packRows } from './pack-rows';
import { lastMutationSeqOf } from './push';

/**
 * Rows per page, by row format: each about 36 KB of gzipped columnar jobs, or ~33 KB of packed
 * jobs in brotli (bench/RESULTS.md › Wire); under SYNC.md's 48 KB page budget, so a lost page
 * costs little on 2G. Packed pages code each column once per page, so larger pages pay less.
 */
export const PAGE_ROWS = { 1: 300, 2: 600 } as const;

interface LogRow {
  seq: number;
  kind: Kind;
  id: string;
  op: 'put' | 'rm';
  version: number;
  data: AnyRecord | null;
  /** A tombstone for a record the device still gets through another granted bucket. */
  held_elsewhere: boolean;
}

/** Rows in the format the client asked for. */
const encodePage = (kind: Kind, records: readonly AnyRecord[], format: 1 | 2): PageRows =>
  format === 2 ? packRows(records, columnsOf(kind)) : encodeRows(kind, records);

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface BucketRead {
  bucket: string;
  cursor: number;
  high: number;
  limit: number;
  actor: Actor;
  granted: string[];
  format: 1 | 2;
}

/** Log entries of one page, whether more follow, and the last seq read. */
interface LogPage {
  rows: LogRow[];
  more: boolean;
  last?: number;
}

/** A bucket's log entries after the cursor; a tombstone says whether the record lives on in another granted bucket. */
async function bucketRows(q: Queryable, { bucket, cursor, high, limit, granted }: BucketRead): Promise<LogPage> {
  const rows = await q.query<LogRow>(
    `SELECT l.seq, l.kind, l.id, l.op, l.version, CASE WHEN l.op = 'put' THEN r.data END AS data,
       (l.op = 'rm' AND NOT r.deleted AND r.buckets && ARRAY(SELECT jsonb_array_elements_text($5::text::jsonb))) AS held_elsewhere
     FROM sync_log l LEFT JOIN records r ON r.kind = l.kind AND r.id = l.id
     WHERE l.bucket = $1 AND l.seq > $2 AND l.seq <= $3
     ORDER BY l.seq LIMIT $4`,
    [bucket, cursor, high, limit, JSON.stringify(granted)],
  );
  return { rows, more: rows.length === limit, last: rows.at(-1)?.seq };
}

/**
 * The `all` bucket: every log entry after the cursor, whatever its bucket. A record is in
 * several buckets, so its entries fold into one: the record as it is now, or a tombstone
 * once it is deleted or in no bucket at all.
 */
async function everythingRows(q: Queryable, { cursor, high, limit }: BucketRead): Promise<LogPage> {
  const rows = await q.query<LogRow>(
    `SELECT l.seq, l.kind, l.id, l.op, l.version,
       CASE WHEN NOT r.deleted AND cardinality(r.buckets) > 0 THEN r.data END AS data, false AS held_elsewhere
     FROM sync_log l LEFT JOIN records r ON r.kind = l.kind AND r.id = l.id
     WHERE l.seq > $1 AND l.seq <= $2
     ORDER BY l.seq LIMIT $3`,
    [cursor, high, limit],
  );
  const folded = new Map<string, LogRow>();
  for (const row of rows) folded.set(`${row.kind}:${row.id}`, { ...row, op: row.data ? 'put' : 'rm' });
  return { rows: [...folded.values()], more: rows.length === limit, last: rows.at(-1)?.seq };
}

/** Log entries after the cursor up to the answer's high mark: what a bucket still has to send. */
async function entriesLeft(q: Queryable, bucket: string, cursor: number, high: number): Promise<number> {
  const [row] =
    bucket === ALL_BUCKET
      ? await q.query<{ n: number }>('SELECT count(*)::int AS n FROM sync_log WHERE seq > $1 AND seq <= $2', [
          cursor,
          high,
        ])
      : await q.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM sync_log WHERE bucket = $1 AND seq > $2 AND seq <= $3',
          [bucket, cursor, high],
        );
  return row.n;
}

/**
 * The order buckets fill a page: stations and reference data first (the 驿站 tab and the
 * nearest stations work from the first page), then the account's own and desk buckets
 * (small), then the counties' jobs.
 */
export function pullOrder(granted: readonly string[]): string[] {
  const rank = (bucket: string) => {
    const publicRank = (PUBLIC_BUCKETS as readonly string[]).indexOf(bucket);
    if (publicRank >= 0) return publicRank;
    return parseBucket(bucket)?.family === 'jobs' ? PUBLIC_BUCKETS.length + 1 : PUBLIC_BUCKETS.length;
  };
  // A stable sort: within a rank, the granted (alphabetical) order stays.
  return [...granted].sort((a, b) => rank(a) - rank(b));
}

async function readBucket(q: Queryable, read: BucketRead): Promise<BucketPage> {
  const page = await (read.bucket === ALL_BUCKET ? everythingRows(q, read) : bucketRows(q, read));
  const puts = new Map<Kind, AnyRecord[]>();
  const removals = new Map<Kind, [string, number][]>();
  for (const row of page.rows) {
    if (row.op === 'put' && row.data) append(puts, row.kind, projectRecord(row.kind, row.data as never, read.actor));
    else if (!row.held_elsewhere) append(removals, row.kind, [row.id, row.version]);
  }
  const put: BucketPage['put'] = {};
  for (const [kind, records] of puts) put[kind] = encodePage(kind, records, read.format);
  const rm: BucketPage['rm'] = Object.fromEntries(removals);
  return { next: page.more && page.last !== undefined ? page.last : read.high, more: page.more, put, rm };
}

export async function pull(q: Queryable, request: PullRequest, actor: Actor, pageRows?: number): Promise<PullResponse> {
  // Every seq up to next_seq - 1 is committed: writers hold the counter row's lock until they commit.
  const [meta] = await q.query<{ epoch: string; next_seq: number; horizon: number }>(
    'SELECT epoch, next_seq, horizon FROM sync_meta WHERE id = 1',
  );
  const high = meta.next_seq - 1;
  const granted = await grantedBuckets(q, actor, request.counties, request.noPlace === true);
  const epochChanged = request.epoch !== null && request.epoch !== meta.epoch;
  const response: PullResponse = {
    epoch: meta.epoch,
    serverTime: Date.now(),
    lastMutationSeq: await lastMutationSeqOf(q, request.clientId, actor),
    granted,
    revoked: Object.keys(request.buckets).filter((b) => !granted.includes(b)),
    buckets: {},
  };
  const format = request.format ?? 1;
  const rowBudget = pageRows ?? PAGE_ROWS[format];
  let budget = Math.min(request.limit ?? rowBudget, rowBudget);
  for (const bucket of pullOrder(granted)) {
    let cursor = request.buckets[bucket] ?? 0;
    let reset: BucketPage['reset'];
    if (epochChanged) reset = 'epoch';
    else if (cursor > high)
      reset = 'ahead'; // the server went back in time: never trust a cursor from the future
    else if (cursor > 0 && cursor < meta.horizon) reset = 'compacted'; // tombstones it missed are purged
    if (reset) cursor = 0;
    if (budget === 0) {
      const left = await entriesLeft(q, bucket, cursor, high);
      if (left > 0 || reset)
        response.buckets[bucket] = { next: cursor, more: left > 0, left, put: {}, rm: {}, ...(reset && { reset }) };
      continue;
    }
    const page = await readBucket(q, {
      bucket,
      cursor,
      high,
      limit: budget,
      actor,
      granted,
      format,
    });
    // How much this bucket still has (this page's included), so a phone can show its progress.
    if (page.more) page.left = await entriesLeft(q, bucket, cursor, high);
    budget -= Object.values(page.put).reduce((n, rows) => n + (rows ? rowCount(rows) : 0), 0);
    budget -= Object.values(page.rm).reduce((n, r) => n + (r?.length ?? 0), 0);
    if (reset) page.reset = reset;
    if (page.next !== cursor || page.more || reset) response.buckets[bucket] = page;
  }
  return response;
}
