/** Job queries for the list, search results, recommendations and the detail page. */
import type { Job, Station } from '../../core/records';
import type { GigDb } from '../../db/db';

/** Open jobs, newest first. */
export async function recentOpenJobs(db: GigDb, limit: number): Promise<{ jobs: Job[]; total: number }> {
  const open = db.jobs.where('status').equals('open');
  const [total, jobs] = await Promise.all([
    open.count(),
    db.jobs
      .orderBy('postedAt')
      .reverse()
      .filter((j) => j.status === 'open')
      .limit(limit)
      .toArray(),
  ]);
  return { jobs, total };
}

export async function jobWithStation(db: GigDb, id: string): Promise<{ job?: Job; station?: Station }> {
  const job = await db.jobs.get(id);
  const station = job?.stationId ? await db.stations.get(job.stationId) : undefined;
  return { job, station };
}

/** The jobs behind a list of hits, in hit order, skipping any that vanished meanwhile. */
export async function jobsByIds(db: GigDb, ids: string[]): Promise<Job[]> {
  return (await db.jobs.bulkGet(ids)).filter((j): j is Job => j !== undefined);
}
