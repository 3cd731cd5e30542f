/** What 我的 changes on the device: the followed counties (the outbox lists come from src/db/outbox). */
import type { GigDb } from '../../db/db';
import { peekSyncState, updateSyncState } from '../../db/sync-state';

export async function followedCounties(db: GigDb): Promise<string[]> {
  return (await peekSyncState(db))?.counties ?? [];
}

/** Change which counties' jobs this phone keeps; the next pull drops the others. */
export async function followCounties(db: GigDb, counties: string[]): Promise<void> {
  await updateSyncState(db, (state) => {
    state.counties = counties;
  });
}
