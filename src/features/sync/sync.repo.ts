/** What the sync badge and the sync page show, read live from the device database. */
import type { GigDb } from '../../db/db';
import { pendingCount, rejectedCount } from '../../db/outbox';
import { peekSyncState, updateSyncState } from '../../db/sync-state';

export interface SyncSummary {
  pending: number;
  rejected: number;
  lastSyncAt: number | null;
  lastError: string | null;
  waitingForLogin: boolean;
}

export async function syncSummary(db: GigDb): Promise<SyncSummary> {
  const [pending, rejected, state] = await Promise.all([pendingCount(db), rejectedCount(db), peekSyncState(db)]);
  return {
    pending,
    rejected,
    lastSyncAt: state?.lastSyncAt ?? null,
    lastError: state?.lastError ?? null,
    waitingForLogin: state?.waitingForLogin ?? false,
  };
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
