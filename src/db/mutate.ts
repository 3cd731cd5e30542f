/**
 * The write path (SYNC.md §2.2): the optimistic change and its outbox entry are written in
 * one Dexie transaction, so after a crash either both exist or neither does. The entry
 * belongs to whoever is logged in at that moment.
 */
import { uuidv7 } from '../core/ids';
import { type MutatorArgs, type MutatorName, runMutation } from '../core/mutators';
import type { GigDb } from './db';
import { LocalMutationTx } from './local-tx';
import { type Appended, appendToOutbox } from './outbox';
import { actorOf, ownerOf, readSession } from './session';
import { readSyncState, tickClock } from './sync-state';

export type Mutated = Appended;

/**
 * Run a named mutation locally and queue it for the server. Throws MutationError (with the
 * offending field) when the input is invalid; nothing is written then.
 */
export async function mutate<N extends MutatorName>(db: GigDb, name: N, args: MutatorArgs<N>): Promise<Mutated> {
  return db.transaction('rw', db.syncTables(), async () => {
    const now = Date.now();
    const session = await readSession(db);
    const state = await readSyncState(db);
    const clock = tickClock(state, now);
    const tx = new LocalMutationTx(db);
    await runMutation(tx, name, args, { now, clock, actor: actorOf(session), server: false });
    return appendToOutbox(db, state, ownerOf(session), {
      id: uuidv7(now),
      name,
      args,
      at: clock,
      touches: [...tx.touches],
      created: [...tx.created],
    });
  });
}
