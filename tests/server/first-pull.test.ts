/**
 * A new phone's first pull (issue 11): stations and reference data come before any county's
 * jobs, a phone that has not chosen its place gets no county's jobs, one that follows a
 * county gets only that county's, and a page that says "more" tells how much is left.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBucket } from '../../src/core/buckets';
import { uuidv7 } from '../../src/core/ids';
import { decodeRows, type PullResponse, SCHEMA_VERSION } from '../../src/core/protocol';
import { countyOf } from '../../src/core/regions/codes';
import type { Job } from '../../src/core/records';
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
    expect(page.buckets.stations.put.station?.rows.length).toBeGreaterThan(0);
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
});
