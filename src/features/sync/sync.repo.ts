/** What the sync badge and the sync page show, read live from the device database. */
import type { GigDb, QuarantineEntry, RecordKey } from '../../db/db';
import { peekSyncState, updateSyncState } from '../../db/sync-state';

export interface SyncSummary {
  pending: number;
  rejected: number;
  lastSyncAt: number | null;
  lastError: string | null;
  waitingForLogin: boolean;
}

export async function syncSummary(db: GigDb): Promise<SyncSummary> {
  const [pending, rejected, state] = await Promise.all([db.outbox.count(), db.quarantine.count(), peekSyncState(db)]);
  return {
    pending,
    rejected,
    lastSyncAt: state?.lastSyncAt ?? null,
    lastError: state?.lastError ?? null,
    waitingForLogin: state?.waitingForLogin ?? false,
  };
}

/** Keys of records with unsent changes, for the "仅保存在本机" mark. */
export async function pendingRecordKeys(db: GigDb): Promise<Set<RecordKey>> {
  const entries = await db.outbox.toArray();
  return new Set(entries.flatMap((e) => e.touches));
}

export function pendingEntries(db: GigDb) {
  return db.outbox.orderBy('seq').toArray();
}

export function rejectedEntries(db: GigDb): Promise<QuarantineEntry[]> {
  return db.quarantine.orderBy('seq').reverse().toArray();
}

export async function followedCounties(db: GigDb): Promise<string[]> {
  return (await peekSyncState(db))?.counties ?? [];
}

/** Change which counties' jobs this phone keeps; the next pull drops the others. */
export async function followCounties(db: GigDb, counties: string[]): Promise<void> {
  await updateSyncState(db, (state) => {
    state.counties = counties;
  });
}
