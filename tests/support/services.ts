/** The services a feature gets from the app (src/ui/services.ts), over a test's own device database. */
import type { GigDb } from '../../src/db/db';
import { mutate, mutateAll } from '../../src/db/mutate';
import { SyncEngine } from '../../src/sync/engine';
import { SyncScheduler } from '../../src/sync/scheduler';
import type { Services } from '../../src/ui/services';

/** Real parts; the sync engine points at a closed port and is never started. */
export function testServices(db: GigDb): Services {
  const engine = new SyncEngine(db, { baseUrl: 'http://127.0.0.1:9' });
  return {
    db,
    auth: engine.auth,
    scheduler: new SyncScheduler(engine),
    write: (name, args) => mutate(db, name, args),
    writeAll: (writes) => mutateAll(db, writes),
  };
}
