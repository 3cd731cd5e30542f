import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core/ids';
import { type Columnar, encodeRows, type PullResponse } from '../../../src/core/protocol';
import { type Job, recordKey } from '../../../src/core/records';
import { applyPullResponse } from '../../../src/db/apply';
import { GigDb } from '../../../src/db/db';
import { mutate } from '../../../src/db/mutate';
import { readSyncState } from '../../../src/db/sync-state';
import { serverJob } from '../../fixtures/records';

const freshDb = () => new GigDb(`test-${uuidv7()}`);
const BUCKET = 'jobs:cty:630103';

function page(jobs: Job[], next: number, extra: Partial<PullResponse> = {}, rm: [string, number][] = []): PullResponse {
  return {
    epoch: 'e1',
    serverTime: 1,
    lastMutationSeq: 0,
    granted: [BUCKET],
    revoked: [],
    buckets: {
      [BUCKET]: {
        next,
        more: false,
        put: jobs.length ? { job: encodeRows('job', jobs) } : {},
        rm: rm.length ? { job: rm } : {},
      },
    },
    ...extra,
  };
}

describe('applying a pull page', () => {
  it('stores rows, cursor and epoch together', async () => {
    const db = freshDb();
    const jobs = [serverJob(), serverJob()];
    await applyPullResponse(db, page(jobs, 42));
    expect(await db.jobs.count()).toBe(2);
    const state = await readSyncState(db);
    expect(state.cursors[BUCKET]).toBe(42);
    expect(state.epoch).toBe('e1');
  });

  it('is harmless to apply twice, and never lets an older version replace a newer one', async () => {
    const db = freshDb();
    const job = serverJob({ version: 20, title: '新标题' });
    await applyPullResponse(db, page([job], 20));
    await applyPullResponse(db, page([job], 20));
    await applyPullResponse(db, page([{ ...job, version: 12, title: '旧标题' }], 20));
    expect(await db.jobs.count()).toBe(1);
    expect((await db.jobs.get(job.id))?.title).toBe('新标题');
  });

  it('leaves the cursor where it was when applying the page fails half way', async () => {
    const db = freshDb();
    await applyPullResponse(db, page([serverJob()], 10));
    const broken = page([serverJob(), serverJob()], 30);
    // A row with no id cannot be stored: the whole page, cursor included, must roll back.
    (broken.buckets[BUCKET].put.job as Columnar).rows[1][0] = null;
    await expect(applyPullResponse(db, broken)).rejects.toThrow();
    expect((await readSyncState(db)).cursors[BUCKET]).toBe(10);
    expect(await db.jobs.count()).toBe(1);
  });

  it('deletes rows on tombstones', async () => {
    const db = freshDb();
    const job = serverJob({ version: 5 });
    await applyPullResponse(db, page([job], 5));
    await applyPullResponse(db, page([], 9, {}, [[job.id, 9]]));
    expect(await db.jobs.get(job.id)).toBeUndefined();
  });

  it('keeps a job that moved between two followed counties, whichever bucket answers first', async () => {
    const db = freshDb();
    const job = serverJob({ version: 5 });
    await applyPullResponse(db, page([job], 5));
    const moved = { ...job, version: 9, regionCode: '150525100', place: '大沁他拉镇' };
    const both: PullResponse = {
      ...page([], 0),
      granted: [BUCKET, 'jobs:cty:150525'],
      buckets: {
        'jobs:cty:150525': { next: 9, more: false, put: { job: encodeRows('job', [moved]) }, rm: {} },
        [BUCKET]: { next: 10, more: false, put: {}, rm: { job: [[job.id, 9]] } },
      },
    };
    await applyPullResponse(db, both);
    expect(await db.jobs.get(job.id)).toMatchObject({ version: 9, regionCode: '150525100' });
  });

  it('replays unsent changes on top of a newer server row (rebase)', async () => {
    const db = freshDb();
    const job = serverJob({ version: 5 });
    await applyPullResponse(db, page([job], 5));
    await mutate(db, 'job.setStatus', { id: job.id, status: 'filled' });
    await applyPullResponse(db, page([{ ...job, version: 8, title: '别人改的标题' }], 8));
    const local = await db.jobs.get(job.id);
    expect(local).toMatchObject({ version: 8, title: '别人改的标题', status: 'filled' });
    expect((await db.base.get(recordKey('job', job.id)))?.record).toMatchObject({ version: 8, status: 'open' });
  });

  it('on reset drops what the bucket held except rows with unsent changes', async () => {
    const db = freshDb();
    const kept = serverJob({ version: 3 });
    await applyPullResponse(db, page([serverJob({ version: 2 }), kept], 3));
    await mutate(db, 'job.setStatus', { id: kept.id, status: 'filled' });
    const reset = page([], 0);
    reset.buckets[BUCKET].reset = 'epoch';
    await applyPullResponse(db, reset);
    expect((await db.jobs.toArray()).map((j) => j.id)).toEqual([kept.id]);
  });

  it('writes a page with one bulk request per table, not one per row', async () => {
    const db = freshDb();
    const writes = countWrites(db);
    const gone = [serverJob({ version: 2 }), serverJob({ version: 2 })];
    await applyPullResponse(db, page(gone, 2));
    for (const table of Object.keys(writes)) delete writes[table];
    const jobs = Array.from({ length: 300 }, () => serverJob({ version: 3 }));
    await applyPullResponse(
      db,
      page(
        jobs,
        3,
        {},
        gone.map((j) => [j.id, 3]),
      ),
    );
    expect(await db.jobs.count()).toBe(300);
    // One put of the rows, one delete of the tombstones; reads are bulk too.
    expect(writes.jobs).toEqual({ put: 1, delete: 1, get: 0, getMany: 2 });
  });
});

/** Requests that reach each table below Dexie (DBCore), counted by type (register before the database opens). */
function countWrites(db: GigDb): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  const bump = (table: string, type: string) => {
    counts[table] ??= { put: 0, delete: 0, get: 0, getMany: 0 };
    counts[table][type] = (counts[table][type] ?? 0) + 1;
  };
  db.use({
    stack: 'dbcore',
    name: 'count-requests',
    create: (core) => ({
      ...core,
      table: (name) => {
        const table = core.table(name);
        return {
          ...table,
          mutate: (req) => {
            bump(name, req.type);
            return table.mutate(req);
          },
          get: (req) => {
            bump(name, 'get');
            return table.get(req);
          },
          getMany: (req) => {
            bump(name, 'getMany');
            return table.getMany(req);
          },
        };
      },
    }),
  });
  return counts;
}
