/**
 * What the UI shows of the outbox (src/db/outbox.ts owns every change to it): read-only
 * queries that live queries re-run when the tables change. Kept apart from outbox.ts, which
 * brings the mutators to replay entries, so the first screen's "仅保存在本机" marks and the
 * sync badge cost a few hundred bytes, not the write path.
 */
import type { RecordKey } from '../core/records';
import type { GigDb } from './db';
import type { OutboxEntry, QuarantineEntry } from './outbox';

/** Every unsent entry on the device, any owner's, oldest first (我的 lists them). */
export function pendingEntries(db: GigDb): Promise<OutboxEntry[]> {
  return db.outbox.orderBy('seq').toArray();
}

export function pendingCount(db: GigDb): Promise<number> {
  return db.outbox.count();
}

/** An owner's unsent entries in the order they were made: what a push sends, and what a sync file carries. */
export function ownerQueue(db: GigDb, owner: string, limit = Infinity): Promise<OutboxEntry[]> {
  return db.outbox.where('[owner+clientSeq]').between([owner, 0], [owner, Infinity]).limit(limit).toArray();
}

/** Unsent entries of other accounts (or made before any login): they wait for their author. */
export function othersPendingCount(db: GigDb, owner: string): Promise<number> {
  return db.outbox.filter((e) => e.owner !== owner).count();
}

/** Keys of records with unsent changes, for the "仅保存在本机" mark. */
export async function pendingRecordKeys(db: GigDb): Promise<Set<RecordKey>> {
  const entries = await db.outbox.toArray();
  return new Set(entries.flatMap((e) => e.touches));
}

/** Rejected entries, newest first. */
export function rejectedEntries(db: GigDb): Promise<QuarantineEntry[]> {
  return db.quarantine.orderBy('seq').reverse().toArray();
}

export function rejectedCount(db: GigDb): Promise<number> {
  return db.quarantine.count();
}
