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

/** One named write and its arguments, as a batch lists them. */
export type Write = { [N in MutatorName]: { name: N; args: MutatorArgs<N> } }[MutatorName];

/**
 * Run a named mutation locally and queue it for the server. Throws MutationError (with the
 * offending field) when the input is invalid; nothing is written then.
 */
export async function mutate<N extends MutatorName>(db: GigDb, name: N, args: MutatorArgs<N>): Promise<Mutated> {
  const [mutated] = await mutateAll(db, [{ name, args } as Write]);
  return mutated;
}

/**
 * Run several named mutations in ONE transaction (an imported spreadsheet): if any of them
 * throws, none of them is written, so a file is never half-imported. Each gets its own
 * outbox entry, in order, so the server judges each as it would a single write.
 */
export async function mutateAll(db: GigDb, writes: readonly Write[]): Promise<Mutated[]> {
  return db.transaction('rw', db.syncTables(), async () => {
    const now = Date.now();
    const session = await readSession(db);
    const state = await readSyncState(db);
    const actor = actorOf(session);
    const done: Mutated[] = [];
    for (const { name, args } of writes) {
      const clock = tickClock(state, now);
      const tx = new LocalMutationTx(db);
      await runMutation(tx, name, args, { now, clock, actor, server: false });
      done.push(
        await appendToOutbox(db, state, ownerOf(session), {
          id: uuidv7(now),
          name,
          args,
          at: clock,
          touches: [...tx.touches],
          created: [...tx.created],
        }),
      );
    }
    return done;
  });
}
