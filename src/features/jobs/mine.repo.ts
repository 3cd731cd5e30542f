/**
 * A worker's and an employer's own records on this device: 我的报名, 我发布的岗位 and what an
 * employer's next posting starts with. Kept
 * apart from jobs.repo.ts, which the first screen loads.
 */
import type { Application, Job, Station } from '../../core/records';
import type { GigDb } from '../../db/db';
import { myProfile } from '../seekers';

/** When an application was made: its first status event (its id, a UUIDv7, orders the same). */
const appliedAt = (application: Application) => application.history[0]?.at ?? application.updatedAt;

/**
 * A worker's application with its job, when the job is on this device (it may be in a county
 * not followed), and the station that follows it up (for a referral: the one that made it).
 */
export interface MyApplication {
  application: Application;
  job?: Job;
  station?: Station;
}

/** 我的报名: the applications of the phone's own profile, newest first. */
export async function myApplications(db: GigDb): Promise<MyApplication[]> {
  const profile = await myProfile(db);
  if (!profile) return [];
  const applications = await db.applications.where('seekerId').equals(profile.id).toArray();
  applications.sort((a, b) => appliedAt(b) - appliedAt(a));
  const [jobs, stations] = await Promise.all([
    db.jobs.bulkGet(applications.map((a) => a.jobId)),
    db.stations.bulkGet(applications.map((a) => a.stationId ?? '')),
  ]);
  return applications.map((application, i) => ({ application, job: jobs[i], station: stations[i] }));
}

/** A posting with how many have applied. */
export interface MyPosting {
  job: Job;
  applicants: number;
}

/** 我发布的岗位: the jobs this account posted (the server gives a poster `createdBy` on their own), newest first. */
export async function myPostings(db: GigDb, userId: string): Promise<MyPosting[]> {
  const jobs = await db.jobs.where('createdBy').equals(userId).toArray();
  jobs.sort((a, b) => b.postedAt - a.postedAt);
  const applications = await db.applications
    .where('jobId')
    .anyOf(jobs.map((j) => j.id))
    .toArray();
  const counts = new Map<string, number>();
  for (const a of applications) counts.set(a.jobId, (counts.get(a.jobId) ?? 0) + 1);
  return jobs.map((job) => ({ job, applicants: counts.get(job.id) ?? 0 }));
}

/**
 * What an employer's new posting starts with: the name and phone of their latest posting, else
 * the phone they log in with. Staff post for others, so their form starts empty.
 */
export async function posterDefaults(
  db: GigDb,
  account: { id: string; role: string; phone: string } | undefined,
): Promise<{ employerName?: string; contactPhone?: string }> {
  if (account?.role !== 'employer') return {};
  const latest = (await myPostings(db, account.id))[0]?.job;
  return { employerName: latest?.employerName, contactPhone: latest?.contactPhone ?? account.phone };
}
