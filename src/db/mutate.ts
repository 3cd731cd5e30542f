/**
 * The write path (SYNC.md §2.2): the optimistic change and its outbox entry are written in
 * one Dexie transaction, so after a crash either both exist or neither does.
 */
import { uuidv7 } from '../core/ids';
import { type Actor, type MutatorArgs, type MutatorName, runMutation } from '../core/mutators';
import type { GigDb, OutboxEntry } from './db';
import { LocalMutationTx } from './local-tx';
import { readSyncState, writeSyncState } from './sync-state';

/** Until accounts exist, this device acts as an anonymous user; the server decides what it may do. */
export const DEVICE_ACTOR: Actor = { role: 'anonymous', stationIds: [] };

export interface Mutated {
  seq: number;
  mutationId: string;
}

/**
 * Run a named mutation locally and queue it for the server. Throws MutationError (with the
 * offending field) when the input is invalid; nothing is written then.
 */
export async function mutate<N extends MutatorName>(
  db: GigDb,
  name: N,
  args: MutatorArgs<N>,
  actor: Actor = DEVICE_ACTOR,
): Promise<Mutated> {
  return db.transaction('rw', db.syncTables(), async () => {
    const now = Date.now();
    const tx = new LocalMutationTx(db);
    await runMutation(tx, name, args, { now, actor, server: false });
    const state = await readSyncState(db);
    const entry: OutboxEntry = {
      seq: state.nextSeq,
      id: uuidv7(now),
      name,
      args,
      at: now,
      touches: [...tx.touches],
      created: [...tx.created],
    };
    await db.outbox.add(entry);
    state.nextSeq += 1;
    await writeSyncState(db, state);
    return { seq: entry.seq, mutationId: entry.id };
  });
}
