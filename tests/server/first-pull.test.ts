/**
 * A new phone's first pull (issue 11): stations and reference data come before any county's
 * jobs, a phone that has not chosen its place gets no county's jobs, one that follows a
 * county gets only that county's, and a page that says "more" tells how much is left.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBucket } from '../../src/core/buckets';
import { uuidv7 } from '../../src/core/ids';
import { decodeRows, type PullResponse, rowCount, SCHEMA_VERSION } from '../../src/core/protocol';
import { countyOf } from '../../src/core/regions/codes';
import type { Job } from '../../src/core/records';
import { GigDb } from '../../src/db/db';
import { askPlaceIfNew, peekSyncState, readSyncState, updateSyncState } from '../../src/db/sync-state';
import { SyncEngine } from '../../src/sync/engine';
import type { Database } from '../../server/db/database';
import { seedDemo } from '../../server/demo/seed';
import { DATABASES, openApp, postJson, type TestApp } from './databases';

const PULL = '/api/sync/v1/pull';

describe.each(DATABASES)('a new phone’s first pull on $name', (database) => {
  let db: Database;
  let app: TestApp;

  beforeEach(async () => {
    ({ db, app } = await openApp(database, 20));
    await seedDemo(db, { jobs: 200, seekers: 4, stationsPerCounty: 1 });
  });
  afterEach(async () => {
    await db.close();
  });

  async function pull(body: Record<string, unknown>, buckets: Record<string, number> = {}): Promise<PullResponse> {
    const response = await postJson(app, PULL, {
      v: 1,
      clientId: uuidv7(),
      schema: SCHEMA_VERSION,
      epoch: null,
      buckets,
      ...body,
    });
    expect(response.status).toBe(200);
    return (await response.json()) as PullResponse;
  }

  it('sends stations and reference data before any county’s jobs, in the first page', async () => {
    const page = await pull({ counties: ['630103'] });
    const order = Object.keys(page.buckets);
    expect(order.slice(0, 2)).toEqual(['stations', 'ref']);
    expect(page.buckets.stations.more).toBe(false);
    expect(rowCount(page.buckets.stations.put.station!)).toBeGreaterThan(0);
  });

  it('gives a phone that has not chosen its place no county’s jobs', async () => {
    const page = await pull({ counties: [], noPlace: true });
    expect(page.granted.filter((b) => parseBucket(b)?.family === 'jobs')).toEqual([]);
    expect(page.granted).toContain('stations');
  });

  it('gives a phone that follows one county only that county’s jobs, and says how many are left', async () => {
    let cursors: Record<string, number> = {};
    const jobs: Job[] = [];
    let firstLeft: number | undefined;
    for (let i = 0; i < 50; i++) {
      const page = await pull({ counties: ['630103'], epoch: null }, cursors);
      expect(page.granted.filter((b) => parseBucket(b)?.family === 'jobs')).toEqual(['jobs:cty:630103']);
      const bucket = page.buckets['jobs:cty:630103'];
      if (bucket) {
        if (bucket.more) expect(bucket.left).toBeGreaterThan(0);
        firstLeft ??= bucket.left;
        jobs.push(...(decodeRows(bucket.put.job ?? { cols: [], rows: [] }) as Job[]));
      }
      cursors = { ...cursors, ...Object.fromEntries(Object.entries(page.buckets).map(([b, p]) => [b, p.next])) };
      if (!Object.values(page.buckets).some((b) => b.more)) break;
    }
    expect(jobs.length).toBeGreaterThan(0);
    expect(new Set(jobs.map((j) => countyOf(j.regionCode)))).toEqual(new Set(['630103']));
    // The first page's "left" counted every job the phone was about to receive.
    expect(firstLeft).toBe(jobs.length);
  });

  it('still gives an older phone that names no county every county’s jobs', async () => {
    const page = await pull({});
    expect(page.granted.filter((b) => parseBucket(b)?.family === 'jobs').length).toBe(5);
  });

  it('a new phone’s sync engine waits for the place, then downloads one county and tells its progress', async () => {
    const local = new GigDb(`first-pull-${uuidv7()}`);
    // What the job list would show after each page: read as the UI reads it, before the next pull.
    const seen: ({ done: number; total: number } | null | undefined)[] = [];
    const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/pull')) seen.push((await peekSyncState(local))?.jobProgress);
      return app.request(String(input), init);
    }) as typeof fetch;
    const engine = new SyncEngine(local, { fetch: fetchImpl });
    await readSyncState(local);
    await askPlaceIfNew(local);
    await engine.syncOnce();
    expect(await local.jobs.count()).toBe(0);
    expect(await local.stations.count()).toBeGreaterThan(0);

    await updateSyncState(local, (s) => {
      s.counties = ['630103'];
      s.askPlace = false;
    });
    await engine.syncOnce();
    const jobs = await local.jobs.toArray();
    expect(jobs.length).toBeGreaterThan(20);
    expect(jobs.every((j) => countyOf(j.regionCode) === '630103')).toBe(true);
    const shown = seen.filter((p): p is { done: number; total: number } => !!p);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.every((p) => p.total === jobs.length && p.done <= p.total)).toBe(true);
    expect(shown.map((p) => p.done)).toEqual([...shown.map((p) => p.done)].sort((a, b) => a - b));
    expect((await peekSyncState(local))?.jobProgress).toBeNull();
    await local.delete();
  });
});
