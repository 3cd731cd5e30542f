/**
 * Pull-side crash safety through the real engine (SYNC.md §3):
 * - T5: a device killed after N of M pull pages (every N) resumes from its saved cursors:
 *   every row exactly once, the right final cursor, at most one page downloaded twice.
 * - T19: an exception half way through applying a page leaves the cursor where it was,
 *   and the next pull delivers the page again.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids';
import { PULL_PATH, PUSH_BATCH, PUSH_PATH, SCHEMA_VERSION } from '../../src/core/protocol';
import { readSyncState } from '../../src/db/sync-state';
import { jobPostArgs } from '../fixtures/records';
import { DATABASES } from '../server/databases';
import { bearer, makeAccount } from '../support/accounts';
import { openDevice, reopenDevice } from './devices';
import { count, type ServedApp, serveApp } from './serve';

const PAGE_ROWS = 5;
/** 98 jobs in pages of 5: M = 20 pull pages, the last one short. */
const JOBS = 98;
const M = 20;
const BUCKET = 'jobs:cty:630103';

// Resuming is the client's job; the database behind the server does not change it, so one is enough.
describe.each(DATABASES.filter((d) => d.name === 'pglite'))('resumable pull on $name', (database) => {
  let served: ServedApp;
  let high: number;

  beforeEach(async () => {
    served = await serveApp(database, { pageRows: PAGE_ROWS });
    const clientId = uuidv7();
    const auth = await bearer(served.url, await makeAccount(served.db, 'station_staff'), clientId);
    const mutations = Array.from({ length: JOBS }, (_, i) => ({
      seq: i + 1,
      id: uuidv7(),
      name: 'job.post',
      args: jobPostArgs(),
      at: Date.now(),
    }));
    for (let i = 0; i < JOBS; i += PUSH_BATCH) {
      const body = JSON.stringify({
        v: 1,
        clientId,
        schema: SCHEMA_VERSION,
        mutations: mutations.slice(i, i + PUSH_BATCH),
      });
      const response = await fetch(served.url + PUSH_PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...auth },
        body,
      });
      expect(response.status).toBe(200);
    }
    high = await count(served.db, 'SELECT (next_seq - 1)::int AS n FROM sync_meta');
  });
  afterEach(async () => {
    await served.close();
  });

  /** A fetch that counts the pull bytes it hands over and can kill the tab at pull number `killAt`. */
  function meteredFetch(killAt?: number) {
    const meter = { pulls: 0, bytes: 0, pageBytes: [] as number[] };
    let onKill = () => {};
    const killed = new Promise<void>((resolve) => {
      onKill = resolve;
    });
    const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await fetch(input, init);
      if (!String(input).endsWith(PULL_PATH)) return response;
      const body = await response.arrayBuffer();
      meter.pulls += 1;
      meter.bytes += body.byteLength;
      meter.pageBytes.push(body.byteLength);
      // The page arrived (its bytes are spent) but the tab dies before storing it.
      if (meter.pulls === killAt) {
        onKill();
        return new Promise(() => {});
      }
      return new Response(body, { status: response.status, headers: response.headers });
    }) as typeof fetch;
    return { meter, fetchImpl, killed };
  }

  it(`T5 kill after N of M=${M} pages for every N in 1..M−1 → all rows once, final cursor = server high, re-downloaded bytes ≤ 1 page`, async () => {
    const clean = meteredFetch();
    const reference = await openDevice({ baseUrl: served.url, fetch: clean.fetchImpl });
    await reference.engine.syncOnce();
    expect(clean.meter.pulls).toBe(M);
    const onePage = Math.max(...clean.meter.pageBytes);

    for (let n = 1; n < M; n++) {
      const killed = meteredFetch(n + 1);
      let device = await openDevice({ baseUrl: served.url, fetch: killed.fetchImpl });
      await Promise.race([device.engine.syncOnce(), killed.killed]);
      expect(killed.meter.pulls, `kill after ${n} pages`).toBe(n + 1);
      expect(await device.db.jobs.count()).toBe(n * PAGE_ROWS);

      const resumed = meteredFetch();
      device = await reopenDevice(device, { baseUrl: served.url, fetch: resumed.fetchImpl });
      await device.engine.syncOnce();
      expect(await device.db.jobs.count()).toBe(JOBS);
      expect(new Set((await device.db.jobs.toArray()).map((j) => j.id)).size).toBe(JOBS);
      expect((await readSyncState(device.db)).cursors[BUCKET]).toBe(high);
      const wasted = killed.meter.bytes + resumed.meter.bytes - clean.meter.bytes;
      expect(wasted, `bytes downloaded twice after a kill at page ${n}`).toBeLessThanOrEqual(onePage);
      device.db.close();
    }
  });

  it('T19 exception half way through applying a page → cursor not advanced, nothing of the page kept, the next pull re-delivers it', async () => {
    const requests: Record<string, number>[] = [];
    const device = await openDevice({
      baseUrl: served.url,
      fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
        if (String(input).endsWith(PULL_PATH)) requests.push(JSON.parse(String(init?.body)).buckets);
        return fetch(input, init);
      }) as typeof fetch,
    });
    // Page 2 fails after half its rows have been written inside the apply transaction.
    let stored = 0;
    const failHalfWay = () => {
      stored += 1;
      if (stored === PAGE_ROWS + 3) throw new Error('injected failure while applying a page');
    };
    device.db.jobs.hook('creating', failHalfWay);
    await expect(device.engine.syncOnce()).rejects.toThrow('injected failure');
    const cursorAfterPage1 = requests[1][BUCKET];
    expect(cursorAfterPage1).toBeGreaterThan(0);
    expect((await readSyncState(device.db)).cursors[BUCKET]).toBe(cursorAfterPage1);
    expect(await device.db.jobs.count()).toBe(PAGE_ROWS);

    device.db.jobs.hook('creating').unsubscribe(failHalfWay);
    await device.engine.syncOnce();
    expect(requests[2][BUCKET], 'the next pull asks for the failed page again').toBe(cursorAfterPage1);
    expect(await device.db.jobs.count()).toBe(JOBS);
    expect((await readSyncState(device.db)).cursors[BUCKET]).toBe(high);
  });
});
