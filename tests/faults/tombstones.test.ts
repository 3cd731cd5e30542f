/**
 * SYNC.md T8: tombstones and the retention horizon. 100 jobs are removed; a device that syncs
 * within the window receives the 100 tombstones; after the window the tombstones are purged,
 * and a device that was offline all along gets `reset: "compacted"` and converges to the
 * same set, keeping its own unsent edit visible instead of dropping it silently.
 */
import { describe, expect, it } from 'vitest';
import { PULL_PATH, type PullResponse } from '../../src/core/protocol';
import { mutate } from '../../src/db/mutate';
import { purgeTombstones } from '../../server/sync/compact';
import { jobPostArgs } from '../fixtures/records';
import { DATABASES } from '../server/databases';
import { makeAccount } from '../support/accounts';
import { type Device, openDevice, switchableFetch, syncUntilDrained } from './devices';
import { count, servedPerTest } from './serve';

describe.each(DATABASES)('tombstone horizon on $name', (database) => {
  const serving = servedPerTest(database);

  it('T8 tombstones and horizon: 100 deletions → a device inside the window gets 100 rm; one offline past it gets reset and converges, its pending edit kept visible', async () => {
    const served = serving();
    const desk = await makeAccount(served.db, 'station_staff', { counties: ['630103'] });
    const tombstones: number[] = [];
    const resets: string[] = [];
    const watching = (inner: typeof fetch) =>
      (async (input: RequestInfo | URL, init?: RequestInit) => {
        const response = await inner(input, init);
        if (String(input).endsWith(PULL_PATH) && response.ok) {
          const page = (await response.clone().json()) as PullResponse;
          for (const [bucket, p] of Object.entries(page.buckets)) {
            tombstones.push(p.rm.job?.length ?? 0);
            if (p.reset) resets.push(`${bucket}:${p.reset}`);
          }
        }
        return response;
      }) as typeof fetch;
    const offline = switchableFetch();
    const open = (fetchImpl?: typeof fetch) =>
      openDevice({ baseUrl: served.url, account: desk, server: served.db, counties: ['630103'], fetch: fetchImpl });
    const admin = await open();
    const kept = Array.from({ length: 20 }, () => jobPostArgs());
    const removed = Array.from({ length: 100 }, () => jobPostArgs());
    for (const job of [...kept, ...removed]) await mutate(admin.db, 'job.post', job);
    await syncUntilDrained(admin);

    const longAway: Device = await open(watching(offline.fetch));
    const justShort: Device = await open(watching(fetch));
    await longAway.engine.syncOnce();
    await justShort.engine.syncOnce();
    offline.link.online = false;
    // Offline, the long-away device edits a job that is about to be removed.
    await mutate(longAway.db, 'job.edit', { id: removed[0].id, baseVersion: 0, patch: { title: '离线时改的标题' } });

    for (const job of removed) await mutate(admin.db, 'job.remove', { id: job.id });
    await syncUntilDrained(admin);
    tombstones.length = 0;
    await justShort.engine.syncOnce();
    expect(tombstones.reduce((a, b) => a + b, 0)).toBe(100);

    const purged = await purgeTombstones(served.db, new Date(Date.now() + 1000));
    expect(purged).toBe(100);
    resets.length = 0;
    await justShort.engine.syncOnce();
    expect(resets, 'a device past the horizon is not reset again').toEqual([]);

    offline.link.online = true;
    await syncUntilDrained(longAway);
    expect(resets).toContain('jobs:cty:630103:compacted');
    const ids = async (device: Device) => (await device.db.jobs.toArray()).map((j) => j.id).sort();
    const serverIds = (
      await served.db.query<{ id: string }>(`SELECT id FROM records WHERE kind = 'job' AND NOT deleted ORDER BY id`)
    ).map((r) => r.id);
    expect(serverIds).toEqual(kept.map((j) => j.id).sort());
    expect(await ids(longAway)).toEqual(serverIds);
    expect(await ids(justShort)).toEqual(serverIds);
    // The edit of a removed job is not lost in silence: it is answered and kept in quarantine.
    expect(await longAway.db.quarantine.toArray()).toMatchObject([{ name: 'job.edit', code: 'NOT_FOUND' }]);
    expect(await count(served.db, `SELECT horizon::int AS n FROM sync_meta`)).toBeGreaterThan(0);
  });
});
