/**
 * 附近的活 with nothing typed and no position: the followed counties' open jobs, the home county
 * first, newest first within each, then the rest; a page never holds more than asked.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core/ids';
import { GigDb } from '../../../src/db/db';
import { nearbyOpenJobs } from '../../../src/features/jobs/jobs.repo';
import { serverJob } from '../../fixtures/records';

let db: GigDb;
beforeEach(() => {
  db = new GigDb(`nearby-${uuidv7()}`);
});
afterEach(() => db.delete());

const HOME = '630103';
const OTHER = '630104';
const job = (title: string, regionCode: string, postedAt: number, status: 'open' | 'closed' = 'open') =>
  serverJob({ id: uuidv7(), title, regionCode: `${regionCode}100`, postedAt, status });

it('lists the home county newest first, then the other followed county, then the rest, open jobs only', async () => {
  await db.jobs.bulkPut([
    job('城中旧', HOME, 1),
    job('城西新', OTHER, 9),
    job('城中新', HOME, 5),
    job('城中关', HOME, 8, 'closed'),
    job('别处', '630105', 7),
    job('城西旧', OTHER, 2),
  ]);
  const page = await nearbyOpenJobs(db, 10, { counties: [HOME, OTHER] });
  expect(page.jobs.map((j) => j.title)).toEqual(['城中新', '城中旧', '城西新', '城西旧', '别处']);
  expect(page.total).toBe(5);
});

it('stops at the page size, counting every open job for the total', async () => {
  await db.jobs.bulkPut(Array.from({ length: 50 }, (_, i) => job(`第${i}个`, HOME, i)));
  const page = await nearbyOpenJobs(db, 30, { counties: [HOME] });
  expect(page.jobs).toHaveLength(30);
  expect(page.jobs[0].title).toBe('第49个');
  expect(page.total).toBe(50);
});
