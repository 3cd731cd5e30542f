/** What the sync badge and the download progress show, read live from the device database. */
import type { GigDb } from '../../db/db';
import { pendingCount, rejectedCount } from '../../db/outbox-view';
import { peekSyncState } from '../../db/sync-state';
import { shareLiveQuery } from '../../ui/live';

export interface OutboxCounts {
  pending: number;
  rejected: number;
}

/** Unsent and refused writes: read apart from the sync state, so a pull's pages do not re-count them. */
export async function outboxCounts(db: GigDb): Promise<OutboxCounts> {
  const [pending, rejected] = await Promise.all([pendingCount(db), rejectedCount(db)]);
  return { pending, rejected };
}

export interface SyncView {
  lastSyncAt: number | null;
  /** Why the last sync failed, as a code (src/ui/errors.ts words it); null when it did not. */
  lastErrorCode: string | null;
  waitingForLogin: boolean;
  /** The job download under way: how many of how many, and whether it is the one followed county's. */
  download: { done: number; total: number; oneCounty: boolean } | null;
}

export async function syncView(db: GigDb): Promise<SyncView> {
  const state = await peekSyncState(db);
  return {
    lastSyncAt: state?.lastSyncAt ?? null,
    // A state saved before codes were kept has only the English message: word it generally.
    lastErrorCode: state?.lastErrorCode ?? (state?.lastError ? 'FAILED' : null),
    waitingForLogin: state?.waitingForLogin ?? false,
    download: state?.jobProgress ? { ...state.jobProgress, oneCounty: state.counties.length === 1 } : null,
  };
}

/** The sync state as the badge and the progress line see it: one read per change for both. */
export const useSyncView = shareLiveQuery(syncView, {
  lastSyncAt: null,
  lastErrorCode: null,
  waitingForLogin: false,
  download: null,
});
