/**
 * The write path (SYNC.md §2.2): the optimistic change and its outbox entry are written in
 * one Dexie transaction, so after a crash either both exist or neither does. The entry
 * belongs to whoever is logged in at that moment.
 */
import { uuidv7 } from '../core/ids';
import { type MutatorArgs, type MutatorName, runMutation } from '../core/mutators';
import type { GigDb, OutboxEntry } from './db';
import { LocalMutationTx } from './local-tx';
import { actorOf, ownerOf, readSession } from './session';
import { chainOf, readSyncState, tickClock, writeSyncState } from './sync-state';

export interface Mutated {
  /** The local outbox key. */
  seq: number;
  /** What the server will see: the owner's client id and sequence number. */
  clientId: string;
  clientSeq: number;
  mutationId: string;
}

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
    const chain = chainOf(state, ownerOf(session));
    const entry: OutboxEntry = {
      seq: state.nextSeq,
      owner: ownerOf(session),
      clientSeq: chain.nextSeq,
      id: uuidv7(now),
      name,
      args,
      at: clock,
      touches: [...tx.touches],
      created: [...tx.created],
    };
    await db.outbox.add(entry);
    state.nextSeq += 1;
    chain.nextSeq += 1;
    await writeSyncState(db, state);
    return { seq: entry.seq, clientId: chain.clientId, clientSeq: entry.clientSeq, mutationId: entry.id };
  });
}

/** An owner's unsent entries in the order they were made. */
export function ownerEntries(db: GigDb, owner: string, limit: number): Promise<OutboxEntry[]> {
  return db.outbox.where('[owner+clientSeq]').between([owner, 0], [owner, Infinity]).limit(limit).toArray();
}

/**
 * Writes made without logging in become the account's at its first login on this device,
 * numbered after its own; writes of other accounts are never touched.
 */
export async function adoptAnonymousWrites(db: GigDb, owner: string): Promise<number> {
  return db.transaction('rw', db.outbox, db.meta, async () => {
    const orphans = await ownerEntries(db, '', Infinity);
    if (orphans.length === 0) return 0;
    const state = await readSyncState(db);
    const chain = chainOf(state, owner);
    for (const entry of orphans) {
      await db.outbox.update(entry.seq, { owner, clientSeq: chain.nextSeq });
      chain.nextSeq += 1;
    }
    await writeSyncState(db, state);
    return orphans.length;
  });
}
