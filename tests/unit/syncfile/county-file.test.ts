/**
 * The county file (src/features/syncfile/syncfile.repo.ts): a desk's jobs, stations and
 * policies of one county, loaded on a field phone as a pull's rows would land, all or none,
 * without moving the phone's sync cursors; the next pull replaces the rows with newer ones.
 */
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core/ids';
import { encodeRows, type PullResponse } from '../../../src/core/protocol';
import type { Policy } from '../../../src/core/records';
import { writeSyncFile } from '../../../src/core/sync-file';
import { applyPullResponse } from '../../../src/db/apply';
import { GigDb } from '../../../src/db/db';
import { mutate } from '../../../src/db/mutate';
import { readSyncState, updateSyncState } from '../../../src/db/sync-state';
import { countyFile, loadCountyFile } from '../../../src/features/syncfile/syncfile.repo';
import { jobPostArgs, serverJob, station } from '../../fixtures/records';
import { fileProblem } from '../../support/sync-file';

const freshDb = () => new GigDb(`test-${uuidv7()}`);
const COUNTY = '630103';

const policy = (regionCodes: string[]): Policy => ({
  id: uuidv7(),
  version: 1,
  updatedAt: 1,
  deleted: false,
  title: '返乡创业补贴',
  body: '补贴说明',
  regionCodes,
  tags: [],
  publishedOn: '2026-01-01',
});

/** A desk phone holding two counties' rows, as its pulls left them. */
async function deskPhone() {
  const db = freshDb();
  const here = serverJob({ regionCode: '630103100' });
  const there = serverJob({ regionCode: '150525100' });
  const ownStation = station({ regionCode: '630103100' });
  const otherStation = station({ regionCode: '150525100' });
  const policies = [policy(['630000']), policy([]), policy(['150525'])];
  await db.jobs.bulkPut([here, there]);
  await db.stations.bulkPut([ownStation, otherStation]);
  await db.policies.bulkPut(policies);
  return { db, here, there, ownStation, otherStation, policies };
}

describe('county files', () => {
  it('carry the county’s jobs, stations and policies, not its neighbours’, nor unsent local writes', async () => {
    const desk = await deskPhone();
    await updateSyncState(desk.db, () => undefined);
    await mutate(desk.db, 'job.post', jobPostArgs({ regionCode: '630103100' }));
    const made = await countyFile(desk.db, COUNTY);
    expect(made.counts).toEqual({ job: 1, station: 1, policy: 2 });

    const field = freshDb();
    await updateSyncState(field, (s) => {
      s.cursors = { 'jobs:cty:630103': 7 };
      s.epoch = 'e1';
    });
    const loaded = await loadCountyFile(field, made.text);
    expect(loaded.counts).toEqual(made.counts);
    expect((await field.jobs.toArray()).map((j) => j.id)).toEqual([desk.here.id]);
    expect((await field.stations.toArray()).map((s) => s.id)).toEqual([desk.ownStation.id]);
    const state = await readSyncState(field);
    expect(state.cursors).toEqual({ 'jobs:cty:630103': 7 });
    expect(state.epoch).toBe('e1');
  });

  it('is replaced by a newer version at the next pull', async () => {
    const desk = await deskPhone();
    const field = freshDb();
    await loadCountyFile(field, (await countyFile(desk.db, COUNTY)).text);
    const newer = { ...desk.here, version: desk.here.version + 1, title: '招保洁员（已涨工钱）' };
    const pull: PullResponse = {
      epoch: 'e1',
      serverTime: 1,
      lastMutationSeq: 0,
      granted: ['jobs:cty:630103'],
      revoked: [],
      buckets: { 'jobs:cty:630103': { next: 3, more: false, put: { job: encodeRows('job', [newer]) }, rm: {} } },
    };
    await applyPullResponse(field, pull);
    expect((await field.jobs.get(desk.here.id))?.title).toBe('招保洁员（已涨工钱）');
  });

  it('loads nothing when one row is bad, and refuses a changed or cut-off file', async () => {
    const good = serverJob({ regionCode: '630103100' });
    const bad = { ...serverJob({ regionCode: '630103100' }), wageMin: 'lots' };
    const text = await writeSyncFile({
      kind: 'county',
      county: COUNTY,
      exportedAt: 1,
      rows: { job: [good, bad], station: [station()] },
    });
    const field = freshDb();
    expect(await fileProblem(() => loadCountyFile(field, text))).toBe('FILE_UNREADABLE');
    expect(await field.jobs.count()).toBe(0);
    expect(await field.stations.count()).toBe(0);
    expect(await fileProblem(() => loadCountyFile(field, text.slice(0, text.length / 2)))).toBe('FILE_UNREADABLE');
    expect(await fileProblem(() => loadCountyFile(field, text.replace('630103100', '630103101')))).toBe('FILE_DAMAGED');
  });
});
