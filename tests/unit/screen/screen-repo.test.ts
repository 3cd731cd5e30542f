/** What the hall screen reads: the station's county only, open and unexpired jobs, today's events and courses, policies in force. */
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core/ids';
import type { Course, Event, Policy } from '../../../src/core/records';
import { GigDb } from '../../../src/db/db';
import { screenContent } from '../../../src/features/screen/screen.repo';
import { serverJob, station } from '../../fixtures/records';

const DAY = 86_400_000;
const NOW = new Date(2026, 11, 1, 10, 0).getTime();
const TODAY = '2026-12-01';
const base = { version: 1, updatedAt: 1, deleted: false };

const course = (title: string, startDate: string, days: number, regionCode = '630103100'): Course => ({
  ...base,
  id: uuidv7(),
  title,
  regionCode,
  startDate,
  days,
  capacity: 20,
  points: 0,
});
const event = (title: string, startsAt: number, hours: number, regionCode = '630103100'): Event => ({
  ...base,
  id: uuidv7(),
  kind: 'job_fair',
  title,
  regionCode,
  startsAt,
  endsAt: startsAt + hours * 3_600_000,
});
const policy = (title: string, regionCodes: string[], validUntil?: string): Policy => ({
  ...base,
  id: uuidv7(),
  title,
  body: '到驿站登记',
  regionCodes,
  tags: [],
  publishedOn: '2026-01-01',
  validUntil,
});

describe('screenContent()', () => {
  it('holds the county’s open jobs, today’s sessions and courses, and the policies in force there', async () => {
    const db = new GigDb(`test-${uuidv7()}`);
    const here = station({ regionCode: '630103100' });
    await db.jobs.bulkPut([
      serverJob({ title: '本县在招', regionCode: '630103101', occupationCode: 'cleaner' }),
      serverJob({ title: '外县在招', regionCode: '150525100' }),
      serverJob({ title: '本县已关', regionCode: '630103101', status: 'closed' }),
      serverJob({ title: '本县过期', regionCode: '630103101', expiresAt: NOW - DAY }),
    ]);
    await db.events.bulkPut([
      event('今天上午的招聘会', NOW - 3_600_000, 4),
      event('今天早上已结束', NOW - 4 * 3_600_000, 2),
      event('明天的招聘会', NOW + DAY, 4),
      event('外县今天的', NOW, 4, '150525100'),
    ]);
    await db.courses.bulkPut([
      course('今天第三天', '2026-11-29', 5),
      course('昨天结束', '2026-11-28', 3),
      course('明天开课', '2026-12-02', 2),
      course('外县今天', TODAY, 2, '150525100'),
    ]);
    await db.policies.bulkPut([
      policy('本县补贴', ['630103']),
      policy('全国政策', []),
      policy('外县补贴', ['150525']),
      policy('已过期', ['630103'], '2026-11-30'),
    ]);

    const content = await screenContent(db, here, NOW);
    expect(content.jobs.map((j) => j.title)).toEqual(['本县在招']);
    expect(content.heat).toEqual([{ occupationCode: 'cleaner', jobs: 1, seekers: undefined }]);
    expect(content.events.map((e) => e.title)).toEqual(['今天上午的招聘会']);
    expect(content.courses.map((c) => c.title)).toEqual(['今天第三天']);
    expect(content.policies.map((p) => p.title).sort()).toEqual(['全国政策', '本县补贴'].sort());
    db.close();
  });
});
