import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core/ids';
import type { Course, CourseRequest } from '../../../src/core/records';
import { groupRequests, lastDay, seatsLeft, upcoming } from '../../../src/features/courses/lists';

const course = (overrides: Partial<Course>): Course => ({
  id: uuidv7(),
  version: 1,
  updatedAt: 1,
  deleted: false,
  title: '电工上岗证培训',
  regionCode: '630103100',
  startDate: '2026-12-10',
  days: 5,
  capacity: 20,
  points: 20,
  ...overrides,
});

const request = (skill: string, regionCode: string, status: CourseRequest['status'] = 'open'): CourseRequest => ({
  id: uuidv7(),
  version: 1,
  updatedAt: 1,
  deleted: false,
  seekerId: uuidv7(),
  skill,
  regionCode,
  status,
});

describe('the course list', () => {
  it('home county first, then the followed ones, each by date; courses over are hidden, running ones kept', () => {
    const courses = [
      course({ title: 'A', regionCode: '150525100', startDate: '2026-12-05' }),
      course({ title: 'B', regionCode: '630103100', startDate: '2026-12-20' }),
      course({ title: 'C', regionCode: '630103200', startDate: '2026-12-08' }),
      course({ title: 'over', regionCode: '630103100', startDate: '2026-11-20', days: 5 }),
      course({ title: 'running', regionCode: '630103100', startDate: '2026-11-28', days: 5 }),
      course({ title: 'elsewhere', regionCode: '410172100', startDate: '2026-12-01' }),
    ];
    const where = { home: '630103100', counties: ['150525', '630103'] };
    expect(upcoming(courses, where, '2026-12-01').map((c) => c.title)).toEqual(['running', 'C', 'B', 'A']);
  });

  it('a phone following every place sees every county, its home first', () => {
    const courses = [course({ title: 'far', regionCode: '410172100' }), course({ title: 'home' })];
    expect(upcoming(courses, { home: '630103', counties: [] }, '2026-12-01').map((c) => c.title)).toEqual([
      'home',
      'far',
    ]);
  });

  it('a course’s last day and its seats left come from the course itself', () => {
    expect(lastDay({ startDate: '2026-12-30', days: 3 })).toBe('2027-01-01');
    expect(seatsLeft(course({ capacity: 20 }))).toBe(20);
    expect(seatsLeft(course({ capacity: 1, enrolled: 1, waitlisted: 4 }))).toBe(0);
  });
});

describe('居民点单', () => {
  it('open requests are grouped by skill and town, the most asked first; answered ones drop out', () => {
    const groups = groupRequests([
      request('电工', '630103100'),
      request('育婴员', '630103200'),
      request('电工', '630103100'),
      request('电工', '630103200'),
      request('育婴员', '630103200'),
      request('育婴员', '630103200', 'answered'),
      request('电工', '630103100'),
    ]);
    expect(groups.map((g) => [g.skill, g.regionCode, g.requests.length])).toEqual([
      ['电工', '630103100', 3],
      ['育婴员', '630103200', 2],
      ['电工', '630103200', 1],
    ]);
  });
});
