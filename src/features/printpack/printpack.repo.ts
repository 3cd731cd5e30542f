/**
 * What the print pack reads from this phone: the desk's station, the jobs of its county,
 * and the station's print log with the jobs it names (to see which have closed since).
 */
import type { Actor } from '../../core/access';
import type { BoardPrint, Job, Station } from '../../core/records';
import { countyOf } from '../../core/regions/codes';
import type { GigDb } from '../../db/db';

/** The desk's station: the first it is bound to (its phone goes on every sheet). */
export async function deskStation(db: GigDb, actor: Actor): Promise<Station | undefined> {
  const id = actor.stationIds[0];
  return id ? db.stations.get(id) : undefined;
}

/** The jobs in the station's county: a desk posts on its own villages' boards. */
export function countyJobs(db: GigDb, station: Station): Promise<Job[]> {
  return db.jobs.where('regionCode').startsWith(countyOf(station.regionCode)).toArray();
}

export interface PrintLog {
  prints: BoardPrint[];
  jobsById: Map<string, Job>;
}

/** The station's print log and the jobs it names that this phone holds. */
export async function printLog(db: GigDb, stationId: string): Promise<PrintLog> {
  const prints = await db.boardPrints.where('stationId').equals(stationId).toArray();
  const ids = [...new Set(prints.flatMap((p) => p.jobIds))];
  const jobs = await db.jobs.bulkGet(ids);
  return { prints, jobsById: new Map(jobs.flatMap((job) => (job ? [[job.id, job] as const] : []))) };
}
