/** The sync bookkeeping row: client id, next outbox seq, epoch, cursors, last outcome. */
import { uuidv7 } from '../core/ids';
import type { GigDb, SyncState } from './db';

const KEY = 'sync';

export async function readSyncState(db: GigDb): Promise<SyncState> {
  const row = await db.meta.get(KEY);
  if (row) return row.value as SyncState;
  const fresh: SyncState = {
    clientId: uuidv7(),
    nextSeq: 1,
    epoch: null,
    cursors: {},
    counties: [],
    lastSyncAt: null,
    lastError: null,
  };
  // Inside a caller's transaction this joins it; outside, Dexie makes its own.
  await db.meta.put({ key: KEY, value: fresh });
  return fresh;
}

export async function writeSyncState(db: GigDb, state: SyncState): Promise<void> {
  await db.meta.put({ key: KEY, value: state });
}

export async function updateSyncState(db: GigDb, change: (s: SyncState) => void): Promise<SyncState> {
  return db.transaction('rw', db.meta, async () => {
    const state = await readSyncState(db);
    change(state);
    await writeSyncState(db, state);
    return state;
  });
}

/** Read without creating: for live queries, which must not write. */
export async function peekSyncState(db: GigDb): Promise<SyncState | undefined> {
  return (await db.meta.get(KEY))?.value as SyncState | undefined;
}
