/** Station queries for the 驿站 tab (list and map), the station page, and the jobs the map pins. */
import type { Job, Station } from '../../core/records';
import { countyOf, townOf } from '../../core/regions/codes';
import type { GigDb } from '../../db/db';
import { peekSyncState } from '../../db/sync-state';

/**
 * Every station: those in the county the user chose first (their own town's leading), then
 * the other followed counties, then the rest, each by place code (a 城中区 phone should not
 * start with 天津's stations; a 总寨镇 worker sees 总寨镇's before the rest of 城中区).
 */
export async function allStations(db: GigDb): Promise<Station[]> {
  const [stations, state] = await Promise.all([
    db.stations
      .orderBy('regionCode')
      .filter((s) => !s.deleted)
      .toArray(),
    peekSyncState(db),
  ]);
  const near = [...new Set([...(state?.home ? [countyOf(state.home)] : []), ...(state?.counties ?? [])])];
  const town = state?.home && townOf(state.home);
  const rank = (s: Station) => {
    if (town && s.regionCode.startsWith(town)) return -1;
    const i = near.indexOf(countyOf(s.regionCode));
    return i === -1 ? near.length : i;
  };
  return stations.sort((a, b) => rank(a) - rank(b));
}

export function stationById(db: GigDb, id: string): Promise<Station | undefined> {
  return db.stations.get(id);
}

/** Open jobs posted at a station, newest first. */
export async function openJobsAt(db: GigDb, stationId: string): Promise<Job[]> {
  const jobs = await db.jobs
    .where('stationId')
    .equals(stationId)
    .filter((j) => j.status === 'open' && !j.deleted)
    .toArray();
  return jobs.sort((a, b) => b.postedAt - a.postedAt);
}

/** The jobs the map may pin: open ones (the job list's rule); filters narrow them further. */
export function openJobs(db: GigDb): Promise<Job[]> {
  return db.jobs.where('status').equals('open').toArray();
}
