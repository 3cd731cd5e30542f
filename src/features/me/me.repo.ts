/** What 我的 lists: the entries waiting to be sent, those the server refused, and the followed counties. */
import type { GigDb, QuarantineEntry } from '../../db/db';
import { peekSyncState, updateSyncState } from '../../db/sync-state';

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
