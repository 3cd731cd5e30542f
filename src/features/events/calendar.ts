/**
 * The calendar's order, pure: sessions of the followed counties (every county when the phone
 * follows every place), upcoming ones by day (today, tomorrow, then dates), the home county's
 * first within a day, then by start; ended ones apart, the latest first.
 */
import type { Event, EVENT_KINDS } from '../../core/records';
import { countyOf } from '../../core/regions/codes';

export interface DayGroup {
  /** Midnight of the day on the phone's clock. */
  day: number;
  events: Event[];
}

export interface Calendar {
  upcoming: DayGroup[];
  ended: Event[];
}

export interface Where {
  /** Followed counties; empty = every place. */
  counties: readonly string[];
  /** The home place (a county or a town in it), if the user chose one. */
  home?: string;
}

const MINUTE = 60_000;

/**
 * How long before the start 提醒我 reminds: a fair needs the trip from the village, a live
 * stream only the phone at hand.
 */
export const REMIND_BEFORE: Record<(typeof EVENT_KINDS)[number], number> = {
  job_fair: 60 * MINUTE,
  live_stream: 10 * MINUTE,
};

/** When to remind of a session: REMIND_BEFORE its start, or now when that has passed. */
export const remindAt = (event: Pick<Event, 'kind' | 'startsAt'>, now: number): number =>
  Math.max(now, event.startsAt - REMIND_BEFORE[event.kind]);

export const startOfDay = (at: number): number => new Date(at).setHours(0, 0, 0, 0);

export function calendarOf(events: readonly Event[], where: Where, now: number): Calendar {
  const home = where.home && countyOf(where.home);
  const here = events.filter(
    (e) => !e.deleted && (where.counties.length === 0 || where.counties.includes(countyOf(e.regionCode))),
  );
  const homeFirst = (e: Event) => (countyOf(e.regionCode) === home ? 0 : 1);
  // A session under way since yesterday is listed today.
  const dayOf = (e: Event) => Math.max(startOfDay(e.startsAt), startOfDay(now));
  const upcoming = here
    .filter((e) => e.endsAt > now)
    .sort((a, b) => dayOf(a) - dayOf(b) || homeFirst(a) - homeFirst(b) || a.startsAt - b.startsAt);
  const days: DayGroup[] = [];
  for (const event of upcoming) {
    const day = dayOf(event);
    const last = days.at(-1);
    if (last?.day === day) last.events.push(event);
    else days.push({ day, events: [event] });
  }
  const ended = here.filter((e) => e.endsAt <= now).sort((a, b) => b.startsAt - a.startsAt);
  return { upcoming: days, ended };
}
