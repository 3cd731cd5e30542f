/** What the sync badge shows, and which records wait to be sent, read live from the device database. */
import type { GigDb, RecordKey } from '../../db/db';
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
  const [pending, rejected, state] = await Promise.all([db.outbox.count(), db.quarantine.count(), peekSyncState(db)]);
  return {
    pending,
    rejected,
    lastSyncAt: state?.lastSyncAt ?? null,
    // A state saved before codes were kept has only the English message: word it generally.
    lastErrorCode: state?.lastErrorCode ?? (state?.lastError ? 'FAILED' : null),
    waitingForLogin: state?.waitingForLogin ?? false,
  };
}

/** Keys of records with unsent changes, for the "仅保存在本机" mark. */
export async function pendingRecordKeys(db: GigDb): Promise<Set<RecordKey>> {
  const entries = await db.outbox.toArray();
  return new Set(entries.flatMap((e) => e.touches));
}
