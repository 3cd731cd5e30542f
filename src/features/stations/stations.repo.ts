/** Station queries for the 驿站 tab (list and map), the station page, and the jobs the map pins. */
import type { Job, Station } from '../../core/records';
import type { GigDb } from '../../db/db';

export function allStations(db: GigDb): Promise<Station[]> {
  return db.stations
    .orderBy('regionCode')
    .filter((s) => !s.deleted)
    .toArray();
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
