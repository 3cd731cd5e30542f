/**
 * Every write to an entity table goes through these two functions, so the change journal
 * never misses one: the match worker follows the journal to update its index in place
 * instead of re-reading every job.
 */
import type { AnyRecord, Kind } from '../core/records';
import type { GigDb } from './db';

/** Kinds a worker indexes; others need no journal. */
const JOURNALED = new Set<Kind>(['job', 'seeker', 'station']);
/** Past this many entries the oldest half goes; a reader that fell behind rebuilds from the tables. */
const JOURNAL_CAP = 20_000;

async function journal(db: GigDb, kind: Kind, ids: string[]): Promise<void> {
  if (!JOURNALED.has(kind) || ids.length === 0) return;
  await db.changes.bulkAdd(ids.map((id) => ({ kind, id })));
}

export async function putRows(db: GigDb, kind: Kind, records: AnyRecord[]): Promise<void> {
  if (records.length === 0) return;
  await db.tableOf(kind).bulkPut(records as never[]);
  await journal(
    db,
    kind,
    records.map((r) => r.id),
  );
}

export async function deleteRows(db: GigDb, kind: Kind, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.tableOf(kind).bulkDelete(ids);
  await journal(db, kind, ids);
}

export async function trimJournal(db: GigDb): Promise<void> {
  const size = await db.changes.count();
  if (size <= JOURNAL_CAP) return;
  const keep = await db.changes
    .orderBy('seq')
    .reverse()
    .offset(JOURNAL_CAP / 2)
    .first();
  if (keep?.seq !== undefined) await db.changes.where('seq').belowOrEqual(keep.seq).delete();
}
