import type { Job } from '../../core/records';
import type { GigDb } from '../../db/db';

/** The jobs behind a list of hits, in hit order, skipping any that vanished meanwhile. */
export async function jobsByIds(db: GigDb, ids: string[]): Promise<Job[]> {
  return (await db.jobs.bulkGet(ids)).filter((j): j is Job => j !== undefined);
}
