/** The sync bookkeeping row: client id, next outbox seq, epoch, cursors, last outcome. */
import { uuidv7 } from '../core/ids';
import type { GigDb, OwnerChain, SyncState } from './db';

const KEY = 'sync';

export async function readSyncState(db: GigDb): Promise<SyncState> {
  const row = await db.meta.get(KEY);
  if (row) {
    const state = row.value as SyncState;
    // Before accounts every write was nobody's, numbered by the local key.
    state.chains ??= { '': { clientId: state.clientId, nextSeq: state.nextSeq } };
    return state;
  }
  const clientId = uuidv7();
  const fresh: SyncState = {
    clientId,
    nextSeq: 1,
    chains: { '': { clientId, nextSeq: 1 } },
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

/**
 * A phone that has never pulled waits for its user to say where they are before any
 * county's jobs download (the app calls this before its first sync; a state that already
 * pulled keeps what it follows).
 */
export async function askPlaceIfNew(db: GigDb): Promise<void> {
  await updateSyncState(db, (state) => {
    if (state.askPlace === undefined && state.counties.length === 0 && Object.keys(state.cursors).length === 0)
      state.askPlace = true;
  });
}

/**
 * A staff login on a phone that follows no county (it asks, or took every county): it follows
 * the counties the account works in (at most `max`), so the first pull is not every region's
 * jobs. A phone that already follows places keeps them (staff get their counties on top).
 */
export async function followWorkCounties(db: GigDb, counties: readonly string[], max: number): Promise<void> {
  if (counties.length === 0) return;
  await updateSyncState(db, (state) => {
    if (state.counties.length > 0) return;
    state.counties = counties.slice(0, max);
    state.askPlace = false;
  });
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

/**
 * The next hybrid-logical-clock reading for a write: device time corrected by the offset to
 * the server's clock learned at the last sync, and always after the previous reading, so a
 * phone whose clock is a year off still orders its own edits right.
 */
export function tickClock(state: SyncState, deviceNow: number): number {
  const clock = Math.max(deviceNow + (state.clockOffset ?? 0), (state.lastClock ?? 0) + 1);
  state.lastClock = clock;
  return clock;
}

/** The owner's chain, made on its first write: each account gets its own client id. */
export function chainOf(state: SyncState, owner: string): OwnerChain {
  state.chains[owner] ??= { clientId: uuidv7(), nextSeq: 1 };
  return state.chains[owner];
}

/** Read without creating: for live queries, which must not write. */
export async function peekSyncState(db: GigDb): Promise<SyncState | undefined> {
  return (await db.meta.get(KEY))?.value as SyncState | undefined;
}
