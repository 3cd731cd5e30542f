/**
 * The calendar's order: the followed counties' sessions by day, the home county's first in
 * a day, a session under way since yesterday listed today, ended ones apart and latest first;
 * and when 提醒我 reminds (a fair an hour ahead, a stream ten minutes).
 */
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core/ids';
import type { Event } from '../../../src/core/records';
import { calendarOf, remindAt, startOfDay } from '../../../src/features/events/calendar';

const HOUR = 3_600_000;
const NOW = new Date(2026, 11, 1, 10, 0).getTime();

function session(overrides: Partial<Event>): Event {
  const startsAt = overrides.startsAt ?? NOW + 2 * HOUR;
  return {
    id: uuidv7(),
    version: 1,
    updatedAt: 1,
    deleted: false,
    kind: 'job_fair',
    title: '春风行动招聘会',
    regionCode: '630103100',
    startsAt,
    endsAt: startsAt + 3 * HOUR,
    ...overrides,
  };
}

describe('the events calendar', () => {
  it('groups upcoming sessions by day, the home county first within a day, then by start', () => {
    const elsewhereEarly = session({ title: '别县上午', regionCode: '150525100', startsAt: NOW + HOUR });
    const homeLate = session({ title: '本县下午', startsAt: NOW + 5 * HOUR });
    const tomorrow = session({ title: '明天', startsAt: NOW + 24 * HOUR });
    const { upcoming } = calendarOf([tomorrow, elsewhereEarly, homeLate], { counties: [], home: '630103' }, NOW);
    expect(upcoming.map((d) => d.day)).toEqual([startOfDay(NOW), startOfDay(NOW + 24 * HOUR)]);
    expect(upcoming[0].events.map((e) => e.title)).toEqual(['本县下午', '别县上午']);
    expect(upcoming[1].events.map((e) => e.title)).toEqual(['明天']);
  });

  it('shows only the followed counties, and every county when the phone follows every place', () => {
    const here = session({ regionCode: '630103100' });
    const there = session({ regionCode: '150525100' });
    expect(calendarOf([here, there], { counties: ['630103'] }, NOW).upcoming[0].events).toEqual([here]);
    expect(calendarOf([here, there], { counties: [] }, NOW).upcoming[0].events).toHaveLength(2);
  });

  it('lists a session under way since yesterday today, and ended ones apart, the latest first', () => {
    const running = session({ title: '两天的招聘会', startsAt: NOW - 20 * HOUR, endsAt: NOW + 6 * HOUR });
    const endedEarlier = session({ title: '上周', startsAt: NOW - 7 * 24 * HOUR });
    const endedLater = session({ title: '昨天', startsAt: NOW - 24 * HOUR });
    const gone = session({ title: '撤下的', deleted: true });
    const { upcoming, ended } = calendarOf([endedEarlier, running, endedLater, gone], { counties: [] }, NOW);
    expect(upcoming).toEqual([{ day: startOfDay(NOW), events: [running] }]);
    expect(ended.map((e) => e.title)).toEqual(['昨天', '上周']);
  });

  it('reminds of a fair an hour ahead and of a stream ten minutes ahead; at once when that has passed', () => {
    expect(remindAt({ kind: 'job_fair', startsAt: NOW + 5 * HOUR }, NOW)).toBe(NOW + 4 * HOUR);
    expect(remindAt({ kind: 'live_stream', startsAt: NOW + 5 * HOUR }, NOW)).toBe(NOW + 5 * HOUR - 600_000);
    expect(remindAt({ kind: 'job_fair', startsAt: NOW + HOUR / 2 }, NOW)).toBe(NOW);
  });
});
