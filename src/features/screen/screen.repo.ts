/**
 * The hall screen's records, all from this device's database: the station, the open jobs of
 * its county, the occupations people there wish for (counts only), today's events and
 * courses, and the policies in force. Nothing personal and nothing staff-only is returned.
 */
import type { Course, Event, Station } from '../../core/records';
import { countyOf } from '../../core/regions/codes';
import type { GigDb } from '../../db/db';
import { peekSyncState } from '../../db/sync-state';
import { currentPolicies } from '../policies';
import { occupationHeat, type ScreenContent } from './panels';

const DAY_MS = 86_400_000;
/** Policies one panel can hold at the size read from across the hall. */
const POLICIES_SHOWN = 4;

export const screenStation = (db: GigDb, id: string): Promise<Station | undefined> => db.stations.get(id);

export async function screenContent(db: GigDb, station: Station, now: number): Promise<ScreenContent> {
  const county = countyOf(station.regionCode);
  const dayStart = new Date(now).setHours(0, 0, 0, 0);
  const [jobs, wishes, events, courses, policies] = await Promise.all([
    db.jobs
      .where('regionCode')
      .startsWith(county)
      .filter((j) => j.status === 'open' && !j.deleted && (j.expiresAt === undefined || j.expiresAt > now))
      .toArray(),
    db.seekers
      .where('regionCode')
      .startsWith(county)
      .filter((s) => !s.deleted && !s.mergedInto)
      .toArray()
      .then((seekers) => seekers.map((s) => s.wishes.occupations)),
    todaysEvents(db, station, county, dayStart, now),
    todaysCourses(db, county, dayStart),
    currentPolicies(db, [county]),
  ]);
  return { jobs, heat: occupationHeat(jobs, wishes), events, courses, policies: policies.slice(0, POLICIES_SHOWN) };
}

/** Events of the county or the station on today that have not ended, soonest first. */
async function todaysEvents(
  db: GigDb,
  station: Station,
  county: string,
  dayStart: number,
  now: number,
): Promise<Event[]> {
  // A fair runs a day or two: one that began this week may still be on.
  const events = await db.events
    .where('startsAt')
    .between(dayStart - 7 * DAY_MS, dayStart + DAY_MS)
    .filter((e) => !e.deleted && e.endsAt > now && (e.stationId === station.id || e.regionCode.startsWith(county)))
    .toArray();
  return events.sort((a, b) => a.startsAt - b.startsAt);
}

/** Courses of the county with a class today (from the start date for `days` days). */
async function todaysCourses(db: GigDb, county: string, dayStart: number): Promise<Course[]> {
  const courses = await db.courses
    .where('regionCode')
    .startsWith(county)
    .filter((c) => {
      if (c.deleted) return false;
      const [y, m, d] = c.startDate.split('-').map(Number);
      const start = new Date(y, m - 1, d).getTime();
      return start <= dayStart && dayStart < start + Math.max(c.days, 1) * DAY_MS;
    })
    .toArray();
  return courses.sort((a, b) => a.title.localeCompare(b.title));
}

/** When this device last heard from the server (the screen says so: 上次同步 HH:MM). */
export const lastSyncAt = (db: GigDb): Promise<number | null> =>
  peekSyncState(db).then((state) => state?.lastSyncAt ?? null);
