/** The scheduler leaves the sync engine alone while the browser says it has no network. */
import { afterEach, expect, it, vi } from 'vitest';
import { SyncScheduler } from '../../../src/sync/scheduler';

afterEach(() => vi.unstubAllGlobals());

it('does not sync (or load the engine) offline, and syncs once the network is back', async () => {
  const network = { onLine: false };
  vi.stubGlobal('navigator', network);
  let syncs = 0;
  const scheduler = new SyncScheduler({
    syncOnce: async () => {
      syncs += 1;
      return { pushed: 0, rejected: 0, pulledPages: 0, waitingForLogin: false, lostInRestore: 0 };
    },
  });
  await scheduler.syncNow();
  expect(syncs).toBe(0);
  network.onLine = true;
  await scheduler.syncNow();
  expect(syncs).toBe(1);
});
