/**
 * The app's long-lived parts, made once: the device database, the sync loop and the one
 * way the UI writes (a named mutation, then a sync soon after). Features receive them
 * through `useServices()` (src/ui/services.ts).
 *
 * The database is opened before the first render (./device-db.ts): the first screen reads it. The sync engine, login and the
 * write path live in ./connect.ts, loaded on first use (the scheduler's first sync, right
 * after the first paint), so the job list's first bundle stays small.
 */
import type { GigDb } from '../db/db';
import { SyncScheduler } from '../sync/scheduler';
import type { Services } from '../ui/services';
import { watchStorage } from './storage-loss';

export interface AppServices extends Services {
  scheduler: SyncScheduler;
}

/** Services over the device database, opened by `openDeviceDb` (./device-db.ts). */
export function createServices(db: GigDb): AppServices {
  watchStorage(db);
  let connecting: ReturnType<typeof load> | undefined;
  const load = () => import('./connect').then((m) => m.connect(db));
  const connected = () => {
    connecting ??= load();
    return connecting;
  };
  const scheduler = new SyncScheduler({ syncOnce: async () => (await connected()).engine.syncOnce() });
  return {
    db,
    scheduler,
    auth: {
      requestCode: async (phone) => (await connected()).auth.requestCode(phone),
      login: async (phone, secret) => (await connected()).auth.login(phone, secret),
      logout: async () => (await connected()).auth.logout(),
      freshSession: async () => (await connected()).auth.freshSession(),
    },
    async write(name, args) {
      const result = await (await connected()).mutate(name, args);
      scheduler.afterWrite();
      // Unsent work must survive storage pressure: ask the browser not to evict this site's data.
      void navigator.storage?.persist?.();
      return result;
    },
  };
}
