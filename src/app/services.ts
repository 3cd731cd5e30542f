/**
 * The app's long-lived parts, made once: the device database, the sync loop and the one
 * way the UI writes (a named mutation, then a sync soon after). Features receive them
 * through `useServices()` (src/ui/services.ts).
 */
import { GigDb } from '../db/db';
import { mutate } from '../db/mutate';
import { SyncEngine } from '../sync/engine';
import { SyncScheduler } from '../sync/scheduler';
import type { Services } from '../ui/services';
import { watchStorage } from './storage-loss';

export interface AppServices extends Services {
  scheduler: SyncScheduler;
}

export function createServices(): AppServices {
  const db = new GigDb();
  watchStorage(db);
  const engine = new SyncEngine(db);
  const scheduler = new SyncScheduler(engine);
  return {
    db,
    // Login, logout and token refresh: the sync loop uses the same client.
    auth: engine.auth,
    scheduler,
    async write(name, args) {
      const result = await mutate(db, name, args);
      scheduler.afterWrite();
      // Unsent work must survive storage pressure: ask the browser not to evict this site's data.
      void navigator.storage?.persist?.();
      return result;
    },
  };
}
