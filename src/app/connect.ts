/**
 * The parts that talk to the server and write records: the sync engine with its login
 * client, and the write path with every mutator and its schemas. The first screen needs
 * none of them, so services.ts loads this module just after it (one chunk, ~12 KB gzip
 * that the job list's first bundle does not carry).
 */
import type { MutatorArgs, MutatorName } from '../core/mutators';
import type { GigDb } from '../db/db';
import { type Mutated, mutate, mutateAll, type Write } from '../db/mutate';
import { askPlaceIfNew } from '../db/sync-state';
import { SyncEngine } from '../sync/engine';
import { pageApplier } from '../sync/page-worker';

export async function connect(db: GigDb) {
  // Before the first pull: a new phone asks where its user is (src/features/place).
  await askPlaceIfNew(db);
  // Pull pages land in the sync worker: the main thread stays free during a first sync.
  const engine = new SyncEngine(db, { applyPage: pageApplier(db) });
  return {
    engine,
    /** Login, logout and token refresh: the sync loop uses the same client. */
    auth: engine.auth,
    mutate: <N extends MutatorName>(name: N, args: MutatorArgs<N>): Promise<Mutated> => mutate(db, name, args),
    mutateAll: (writes: readonly Write[]): Promise<Mutated[]> => mutateAll(db, writes),
  };
}
