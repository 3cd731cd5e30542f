/** Walk-ins on this phone: a station's visits of the day, people to name, a worker's check-in. */
import { chinaDay } from '../../core/mutators';
import type { Seeker, Station, Visit } from '../../core/records';
import type { GigDb } from '../../db/db';

/** How many people a search offers: a desk picks from a handful, or types more. */
const FOUND_MAX = 6;

export interface TodayVisit {
  visit: Visit;
  name?: string;
}

/** The station's visits of today (China's calendar day), newest first, with the names of those registered. */
export async function visitsToday(db: GigDb, stationId: string, now: number): Promise<TodayVisit[]> {
  const day = chinaDay(now);
  const dayStart = day * 86_400_000 - 8 * 3_600_000;
  const visits = await db.visits
    .where('stationId')
    .equals(stationId)
    .filter((v) => !v.deleted && v.at >= dayStart && chinaDay(v.at) === day)
    .toArray();
  visits.sort((a, b) => b.at - a.at);
  const people = await db.seekers.bulkGet(visits.map((v) => v.seekerId ?? ''));
  return visits.map((visit, i) => ({ visit, name: people[i]?.name }));
}

/** People on this phone whose name or phone holds what the desk typed. */
export async function findPeople(db: GigDb, query: string): Promise<Seeker[]> {
  const q = query.trim();
  if (!q) return [];
  return db.seekers
    .filter((s) => !s.deleted && !s.mergedInto && (s.name.includes(q) || (s.phone ?? '').includes(q)))
    .limit(FOUND_MAX)
    .toArray();
}

/** The stations this account works at, as this phone has them. */
export async function stationsOf(db: GigDb, ids: readonly string[]): Promise<Station[]> {
  return (await db.stations.bulkGet([...ids])).filter((s): s is Station => s !== undefined && !s.deleted);
}

/** This person's check-in at the station today, if there is one on the phone. */
export function checkInToday(db: GigDb, stationId: string, seekerId: string, now: number): Promise<Visit | undefined> {
  const day = chinaDay(now);
  return db.visits
    .where('stationId')
    .equals(stationId)
    .filter((v) => !v.deleted && v.seekerId === seekerId && v.checkInDay === day)
    .first();
}
