/** The application of a person to a job, if any: one per (person, job), whoever made it. */
import type { Application } from '../../core/records';
import type { GigDb } from '../../db/db';

export function applicationOf(db: GigDb, seekerId: string, jobId: string): Promise<Application | undefined> {
  return db.applications.where({ seekerId, jobId }).first();
}
