/** The jobs the map may pin: open ones (the job list's rule); filters narrow them further. */
import type { Job } from '../../core/records';
import type { GigDb } from '../../db/db';

export function openJobs(db: GigDb): Promise<Job[]> {
  return db.jobs.where('status').equals('open').toArray();
}
