/**
 * The mutator storage interface over Dexie. Must run inside a Dexie rw transaction over
 * `db.syncTables()`. Records which rows a mutation wrote and saves the confirmed copy of
 * a row the first time an unsent change lands on it.
 */
import type { MutationTx } from '../core/mutators';
import { type Kind, type RecordByKind, type RecordKey, recordKey } from '../core/records';
import type { GigDb } from './db';
import { keepBase } from './outbox';
import { deleteRows, putRows } from './rows';

export class LocalMutationTx implements MutationTx {
  readonly touches = new Set<RecordKey>();
  readonly created = new Set<RecordKey>();

  constructor(
    private readonly db: GigDb,
    /** False while replaying unsent changes on top of fresh server rows: the base is already right. */
    private readonly keepBase = true,
  ) {}

  get<K extends Kind>(kind: K, id: string): Promise<RecordByKind[K] | undefined> {
    return this.db.tableOf(kind).get(id);
  }

  /** Live rows whose fields equal every value in `match`. */
  private matching<K extends Kind>(kind: K, match: Record<string, string>) {
    return this.db
      .tableOf(kind)
      .where(match)
      .filter((r) => !r.deleted);
  }

  findAll<K extends Kind>(kind: K, match: Record<string, string>): Promise<RecordByKind[K][]> {
    return this.matching(kind, match).toArray();
  }

  async findFirst<K extends Kind>(
    kind: K,
    match: Record<string, string | number>,
  ): Promise<RecordByKind[K] | undefined> {
    const found = await this.db.tableOf(kind).where(match).first();
    return found && !found.deleted ? found : undefined;
  }

  count(kind: Kind, match: Record<string, string>): Promise<number> {
    return this.matching(kind, match).count();
  }

  async put<K extends Kind>(kind: K, record: RecordByKind[K]): Promise<void> {
    const key = recordKey(kind, record.id);
    if (!this.touches.has(key)) {
      const existing = await this.get(kind, record.id);
      if (!existing) this.created.add(key);
      else if (this.keepBase && existing.version > 0) await keepBase(this.db, key, existing);
      this.touches.add(key);
    }
    // A tombstone leaves the device's table; the base keeps the confirmed row in case the server says no.
    if (record.deleted) await deleteRows(this.db, kind, [record.id]);
    else await putRows(this.db, kind, [record]);
  }
}
