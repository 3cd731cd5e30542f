/**
 * The mutator storage interface on the server: reads go to PostgreSQL, writes are held
 * until the mutator finishes, so a mutator that throws leaves nothing behind. Inside a push
 * request the finished writes join the request's `WriteBatch`, which later mutations read
 * through as if it were stored.
 */
import { bucketsOf } from '../../src/core/buckets';
import type { MutationTx } from '../../src/core/mutators';
import { type Kind, type RecordByKind, recordKey } from '../../src/core/records';
import type { Queryable } from '../db/database';
import { countRecords, findRecords, type RecordWrite, readRecord, type WriteBatch, writeRecords } from './record-store';

export class ServerMutationTx implements MutationTx {
  private readonly pending = new Map<string, RecordWrite>();
  private readonly stored = new Map<string, RecordByKind[Kind] | undefined>();

  constructor(
    private readonly q: Queryable,
    private readonly batch?: WriteBatch,
  ) {}

  async get<K extends Kind>(kind: K, id: string): Promise<RecordByKind[K] | undefined> {
    const key = recordKey(kind, id);
    const written = this.pending.get(key);
    if (written) return written.record as RecordByKind[K];
    const batched = this.batch?.get(kind, id);
    if (batched) return batched as RecordByKind[K];
    const readAhead = this.batch?.stored(kind, id);
    if (readAhead !== undefined) return (readAhead ?? undefined) as RecordByKind[K] | undefined;
    if (!this.stored.has(key)) this.stored.set(key, await readRecord(this.q, kind, id));
    return this.stored.get(key) as RecordByKind[K] | undefined;
  }

  async findFirst<K extends Kind>(
    kind: K,
    match: Record<string, string | number>,
  ): Promise<RecordByKind[K] | undefined> {
    return (await this.matching(kind, match, 1))[0];
  }

  findAll<K extends Kind>(kind: K, match: Record<string, string>): Promise<RecordByKind[K][]> {
    return this.matching(kind, match);
  }

  /** This mutation's own writes of a kind, and its batch's: they stand in for the stored versions of those records. */
  private written<K extends Kind>(kind: K, match: Record<string, string | number>) {
    const own = [...this.pending.values()].filter((w) => w.kind === kind).map((w) => w.record as RecordByKind[K]);
    const ownIds = new Set(own.map((r) => r.id));
    const batched = (this.batch?.written(kind) ?? []).filter((r) => !ownIds.has(r.id)) as RecordByKind[K][];
    const records = [...own, ...batched];
    const fits = (record: RecordByKind[K]) =>
      !record.deleted &&
      Object.entries(match).every(([k, v]) => (record as unknown as Record<string, unknown>)[k] === v);
    return { ids: records.map((r) => r.id), matching: records.filter(fits) };
  }

  /** Stored matches with this mutation's own writes laid over them. */
  private async matching<K extends Kind>(
    kind: K,
    match: Record<string, string | number>,
    limit?: number,
  ): Promise<RecordByKind[K][]> {
    const written = this.written(kind, match);
    const stored = (await findRecords(this.q, kind, match, limit)).filter((r) => !written.ids.includes(r.id));
    return [...written.matching, ...stored].slice(0, limit);
  }

  /** Counts like `matching` finds: stored rows, with this mutation's own writes laid over them. */
  async count(kind: Kind, match: Record<string, string>): Promise<number> {
    const written = this.written(kind, match);
    return (await countRecords(this.q, kind, match, written.ids)) + written.matching.length;
  }

  async put<K extends Kind>(kind: K, record: RecordByKind[K]): Promise<void> {
    const before = await this.get(kind, record.id);
    const key = recordKey(kind, record.id);
    const previousBuckets = this.pending.get(key)?.previousBuckets ?? (before ? bucketsOf(kind, before) : undefined);
    this.pending.set(key, { kind, record, previousBuckets });
  }

  /** Write everything the mutator put, with fresh versions and log entries (into the batch, if any). */
  async commit(): Promise<void> {
    if (this.batch) this.batch.add([...this.pending.values()]);
    else await writeRecords(this.q, [...this.pending.values()]);
  }
}
