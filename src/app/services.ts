/**
 * The app's long-lived parts, made once: the device database, the sync loop and the one
 * way the UI writes (a named mutation, then a sync soon after).
 */
import type { MutatorArgs, MutatorName } from '../core/mutators';
import { GigDb } from '../db/db';
import { type Mutated, mutate } from '../db/mutate';
import { SyncEngine } from '../sync/engine';
import { SyncScheduler } from '../sync/scheduler';
import { watchStorage } from './storage-loss';

export const db = new GigDb();
watchStorage(db);
const engine = new SyncEngine(db);
/** Login, logout and token refresh; the sync loop uses the same one. */
export const auth = engine.auth;
export const scheduler = new SyncScheduler(engine);

export async function write<N extends MutatorName>(name: N, args: MutatorArgs<N>): Promise<Mutated> {
  const result = await mutate(db, name, args);
  scheduler.afterWrite();
  // Unsent work must survive storage pressure: ask the browser not to evict this site's data.
  void navigator.storage?.persist?.();
  return result;
}
