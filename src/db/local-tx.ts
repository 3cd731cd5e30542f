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

  /**
   * Live rows whose fields equal every value in `match`. Dexie narrows by an index when the
   * match names an indexed field; a match on other fields only (the server's duplicate keys)
   * reads the table, since Dexie refuses `where` on unindexed fields.
   */
  private matching<K extends Kind>(kind: K, match: Record<string, string | number>) {
    const table = this.db.tableOf(kind);
    const live = (r: RecordByKind[K]) => !r.deleted;
    const { primKey, idxByName } = table.schema;
    if (Object.keys(match).some((field) => field === primKey.name || field in idxByName)) {
      return table.where(match).filter(live);
    }
    const fields = Object.entries(match);
    return table.filter((r) => live(r) && fields.every(([k, v]) => (r as Record<string, unknown>)[k] === v));
  }

  findAll<K extends Kind>(kind: K, match: Record<string, string>): Promise<RecordByKind[K][]> {
    return this.matching(kind, match).toArray();
  }

  findFirst<K extends Kind>(kind: K, match: Record<string, string | number>): Promise<RecordByKind[K] | undefined> {
    return this.matching(kind, match).first();
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
