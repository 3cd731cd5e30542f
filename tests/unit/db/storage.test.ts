import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core/ids';
import { encodeRows, type PullResponse } from '../../../src/core/protocol';
import { applyPullResponse } from '../../../src/db/apply';
import { GigDb } from '../../../src/db/db';
import { mutate } from '../../../src/db/mutate';
import { readSyncState } from '../../../src/db/sync-state';
import { clearOldJobs, oldJobCount, quotaLow } from '../../../src/features/storage/storage.repo';
import { SyncEngine } from '../../../src/sync/engine';
import { serverJob } from '../../fixtures/records';
import { fillPhone } from '../../support/full-phone';

const DAY = 86_400_000;
const NOW = 1_800_000_000_000;

describe('making room: 清理旧岗位', () => {
  it('drops closed jobs untouched for 30 days, and nothing open, recent or unsent', async () => {
    const db = new GigDb(`storage-${uuidv7()}`);
    const old = NOW - 31 * DAY;
    const jobs = [
      serverJob({ status: 'closed', updatedAt: old }),
      serverJob({ status: 'filled', updatedAt: old }),
      serverJob({ status: 'open', updatedAt: old }),
      serverJob({ status: 'closed', updatedAt: NOW - 5 * DAY }),
      serverJob({ status: 'expired', updatedAt: old, expiresAt: NOW - 2 * DAY }),
      serverJob({ status: 'filled', updatedAt: old }),
    ];
    await db.jobs.bulkPut(jobs);
    // An unsent change on the last one: it stays until the server has it.
    await mutate(db, 'job.setStatus', { id: jobs[5].id, status: 'closed' });
    expect(await db.outbox.count()).toBe(1);
    expect(await oldJobCount(db, NOW)).toBe(2);
    expect(await clearOldJobs(db, NOW)).toBe(2);
    expect((await db.jobs.toArray()).map((j) => j.id).sort()).toEqual(
      [jobs[2], jobs[3], jobs[4], jobs[5]].map((j) => j.id).sort(),
    );
  });

  it('is offered when the quota runs low, and not where the browser says nothing', () => {
    const MB = 1_048_576;
    expect(quotaLow({ usage: 10 * MB, quota: 2_000 * MB })).toBe(false);
    expect(quotaLow({ usage: 100 * MB, quota: 130 * MB })).toBe(true);
    expect(quotaLow({ usage: 900 * MB, quota: 1_000 * MB })).toBe(true);
    expect(quotaLow({})).toBe(false);
  });
});

describe('a full phone during sync', () => {
  it('is said on the badge (STORAGE_FULL), never swallowed, and the cursor stays', async () => {
    const db = new GigDb(`storage-${uuidv7()}`);
    fillPhone(db, ['jobs']);
    const page: PullResponse = {
      epoch: 'e1',
      serverTime: NOW,
      lastMutationSeq: 0,
      granted: ['jobs:cty:630103'],
      revoked: [],
      buckets: { 'jobs:cty:630103': { next: 7, more: false, put: { job: encodeRows('job', [serverJob()]) }, rm: {} } },
    };
    const fetchImpl = (async () => new Response(JSON.stringify(page), { status: 200 })) as typeof fetch;
    const engine = new SyncEngine(db, { fetch: fetchImpl, baseUrl: 'http://test' });
    await expect(engine.syncOnce()).rejects.toThrow();
    const state = await readSyncState(db);
    expect(state.lastErrorCode).toBe('STORAGE_FULL');
    expect(state.cursors['jobs:cty:630103']).toBeUndefined();
    await expect(applyPullResponse(db, page)).rejects.toMatchObject({ name: expect.stringMatching(/Quota|Abort/) });
  });
});
