/**
 * Sync protocol v1 (SYNC.md §2.3–2.4): request schemas the server validates, response
 * types the client reads, and the columnar row encoding used on the wire.
 */
import * as v from 'valibot';
import { epochMs, id } from './fields';
import { type PackedRows, unpackRows } from './packed-rows';
import { type AnyRecord, type Kind, KINDS, RECORD_SCHEMAS } from './records';

export const PROTOCOL_VERSION = 1;
/**
 * The shape of records and mutator arguments. Bumped when they change; the server answers
 * 426 to clients older than MIN_SCHEMA_VERSION (they keep their outbox and send it after the
 * app updates itself). 2: accounts, per-role buckets, review items, per-field clocks.
 */
export const SCHEMA_VERSION = 2;
export const MIN_SCHEMA_VERSION = 2;

export const PUSH_PATH = '/api/sync/v1/push';
export const PULL_PATH = '/api/sync/v1/pull';
/** A desk hands in a sync file of another phone's unsent records (src/core/sync-file.ts). */
export const IMPORT_PATH = '/api/sync/v1/import';

/** At most this many mutations per push request (SYNC.md §2.3: 50 or 32 KB gzipped). */
export const PUSH_BATCH = 50;
/** The server refuses compressed bodies over this, and anything that inflates past the second. */
export const MAX_BODY_BYTES = 512 * 1024;
export const MAX_INFLATED_BYTES = 2 * 1024 * 1024;
/** A phone follows at most this many counties' jobs: enough for home and where people go for work. */
export const MAX_FOLLOWED_COUNTIES = 3;

export const MutationSchema = v.object({
  seq: v.pipe(v.number(), v.integer('integer'), v.minValue(1, 'min')),
  id,
  name: v.pipe(v.string(), v.maxLength(40, 'too_long')),
  args: v.unknown(),
  /**
   * When the user made the change: device time corrected to the server's clock at the last
   * sync (a hybrid clock). Per-field last-writer-wins uses it, capped by the server.
   */
  at: epochMs,
});
export type Mutation = v.InferOutput<typeof MutationSchema>;

export const PushRequestSchema = v.object({
  v: v.literal(PROTOCOL_VERSION),
  clientId: id,
  schema: v.pipe(v.number(), v.integer('integer')),
  mutations: v.pipe(v.array(MutationSchema), v.minLength(1, 'required'), v.maxLength(200, 'too_many')),
});
export type PushRequest = v.InferOutput<typeof PushRequestSchema>;

export type MutationResult =
  | { seq: number; ok: true }
  | { seq: number; ok: false; code: string; message: string; field?: string };

export interface PushResponse {
  lastMutationSeq: number;
  results: MutationResult[];
}

/** What became of one write of an imported file: applied now, applied before (by an earlier import or the phone's own sync), or refused by the rules. */
export type ImportLine = { seq: number; id: string } & (
  | { outcome: 'applied' | 'already' }
  | { outcome: 'refused'; code: string; message: string }
);

export interface ImportResponse {
  /** The account that made the writes, and its name when it has one. */
  account: string;
  name?: string;
  lines: ImportLine[];
}

export interface SeqGapResponse {
  error: 'SEQ_GAP';
  expected: number;
}

export const PullRequestSchema = v.object({
  v: v.literal(PROTOCOL_VERSION),
  clientId: id,
  schema: v.pipe(v.number(), v.integer('integer')),
  /** The server's epoch the cursors belong to; null on a first pull. */
  epoch: v.nullable(v.pipe(v.string(), v.maxLength(64, 'too_long'))),
  buckets: v.pipe(
    v.record(
      v.pipe(v.string(), v.maxLength(80, 'too_long')),
      v.pipe(v.number(), v.integer('integer'), v.minValue(0, 'min')),
    ),
    // An admin holds one bucket (`all`); 1000 leaves room for a device that still lists an old set, which the answer revokes.
    v.check((b) => Object.keys(b).length <= 1000, 'too_many'),
  ),
  /** Counties the user chose to follow (none = all the server offers); the server intersects this with what the account may see. */
  counties: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.regex(/^\d{6}$/, 'region_code'))),
      v.maxLength(MAX_FOLLOWED_COUNTIES, 'too_many'),
    ),
  ),
  /**
   * The user has not chosen a place yet: no county's jobs (stations, reference data and the
   * account's own buckets still come). Without it, no county named means every county (older apps).
   */
  noPlace: v.optional(v.boolean()),
  limit: v.optional(v.pipe(v.number(), v.integer('integer'), v.minValue(1, 'min'), v.maxValue(5000, 'max'))),
  /**
   * The row format the client reads: 2 = packed (src/core/packed-rows.ts). Absent = 1 (columnar),
   * which apps from before it was added get; a server from before it ignores the field and
   * answers 1, which every client reads.
   */
  format: v.optional(v.picklist([1, 2])),
});
export type PullRequest = v.InferOutput<typeof PullRequestSchema>;

/** Row format 1, columnar: the column names once, then one array of values per record. */
export interface Columnar {
  cols: string[];
  rows: unknown[][];
}

/** The row format a client asks for; `decodeRows` reads both. */
export const ROW_FORMAT = 2;
export type PageRows = Columnar | PackedRows;

export interface BucketPage {
  /** Cursor to send next time: the highest server sequence delivered for this bucket. */
  next: number;
  more: boolean;
  /**
   * With `more`: the log entries after the sent cursor up to this answer, this page's
   * included, so the phone can say "正在下载本县岗位 312/855". Absent from older servers.
   */
  left?: number;
  /** Present when the client must drop what it holds of this bucket and start from 0. */
  reset?: 'epoch' | 'compacted' | 'ahead';
  put: Partial<Record<Kind, PageRows>>;
  /** Tombstones: [id, version]. */
  rm: Partial<Record<Kind, [string, number][]>>;
}

export interface PullResponse {
  epoch: string;
  serverTime: number;
  /** Last mutation seq the server has processed for this client. */
  lastMutationSeq: number;
  granted: string[];
  /** Buckets the client holds but may no longer have. */
  revoked: string[];
  buckets: Record<string, BucketPage>;
}

export interface ErrorBody {
  error: string;
  message: string;
  field?: string;
}

export const columnsOf = (kind: Kind): string[] => Object.keys(RECORD_SCHEMAS[kind].entries);

export function encodeRows(kind: Kind, records: readonly AnyRecord[]): Columnar {
  const cols = columnsOf(kind);
  return {
    cols,
    rows: records.map((r) => cols.map((c) => (r as unknown as Record<string, unknown>)[c] ?? null)),
  };
}

export const rowCount = (rows: PageRows): number => ('data' in rows ? rows.n : rows.rows.length);

export function decodeRows(rows: PageRows): AnyRecord[] {
  if ('data' in rows) return unpackRows(rows) as unknown as AnyRecord[];
  const columnar = rows;
  return columnar.rows.map((row) => {
    const record: Record<string, unknown> = {};
    columnar.cols.forEach((col, i) => {
      if (row[i] !== null && row[i] !== undefined) record[col] = row[i];
    });
    return record as unknown as AnyRecord;
  });
}

export function isKind(name: string): name is Kind {
  return (KINDS as string[]).includes(name);
}
