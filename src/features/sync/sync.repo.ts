/** What the sync badge shows, read live from the device database. */
import type { GigDb } from '../../db/db';
import { pendingCount, rejectedCount } from '../../db/outbox-view';
import { peekSyncState } from '../../db/sync-state';

export interface SyncSummary {
  pending: number;
  rejected: number;
  lastSyncAt: number | null;
  /** Why the last sync failed, as a code (src/ui/errors.ts words it); null when it did not. */
  lastErrorCode: string | null;
  waitingForLogin: boolean;
}

export async function syncSummary(db: GigDb): Promise<SyncSummary> {
  const [pending, rejected, state] = await Promise.all([pendingCount(db), rejectedCount(db), peekSyncState(db)]);
  return {
    pending,
    rejected,
    lastSyncAt: state?.lastSyncAt ?? null,
    // A state saved before codes were kept has only the English message: word it generally.
    lastErrorCode: state?.lastErrorCode ?? (state?.lastError ? 'FAILED' : null),
    waitingForLogin: state?.waitingForLogin ?? false,
  };
}

/** The job download under way: how many of how many, and whether it is the one followed county's. */
export async function jobDownload(db: GigDb): Promise<{ done: number; total: number; oneCounty: boolean } | null> {
  const state = await peekSyncState(db);
  return state?.jobProgress ? { ...state.jobProgress, oneCounty: state.counties.length === 1 } : null;
}
