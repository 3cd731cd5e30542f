/**
 * What the desk and field staff work through, read from this device (grants already keep
 * other places' people off it; the queries still ask only for the account's own place, by
 * index, so a shared admin device or a stale row never shows up in a desk's lists).
 */
import { type Actor, handles, isStaff, jobPlace, worksAt } from '../../core/access';
import { uuidv7Time } from '../../core/ids';
import type { Application, Complaint, Job, Seeker } from '../../core/records';
import { countyOf } from '../../core/regions/codes';
import type { GigDb } from '../../db/db';

const uniqueById = <T extends { id: string }>(lists: T[][]): T[] => [
  ...new Map(lists.flat().map((r) => [r.id, r])).values(),
];

/**
 * The jobs an account answers for, by the server's own rule for changing them (`worksAt`):
 * a desk's are in its counties, at its stations or at none; field staff's are in their
 * counties; an admin's are all.
 */
export async function ourJobs(db: GigDb, actor: Actor): Promise<Job[]> {
  if (actor.role === 'admin') return db.jobs.toArray();
  if (!isStaff(actor)) return [];
  const [inCounties, stations] = await Promise.all([
    db.jobs
      .where('regionCode')
      .startsWithAnyOf([...actor.counties])
      .toArray(),
    db.stations.toArray(),
  ]);
  // Field staff answer for a station's job when the station is in their counties too.
  const countyOfStation = new Map(stations.map((s) => [s.id, countyOf(s.regionCode)]));
  return inCounties.filter((job) =>
    worksAt(actor, jobPlace(job, job.stationId ? countyOfStation.get(job.stationId) : undefined)),
  );
}

/** The people an account looks after: a desk's station's and those it registered; field staff's counties' and theirs. */
export async function ourSeekers(db: GigDb, actor: Actor): Promise<Seeker[]> {
  const registered = actor.userId ? db.seekers.where('registeredByUser').equals(actor.userId).toArray() : [];
  switch (actor.role) {
    case 'admin':
      return db.seekers.toArray();
    case 'station_staff':
      return uniqueById(
        await Promise.all([
          db.seekers
            .where('stationId')
            .anyOf([...actor.stationIds])
            .toArray(),
          registered,
        ]),
      );
    case 'field_staff':
      return uniqueById(
        await Promise.all([
          db.seekers
            .where('regionCode')
            .startsWithAnyOf([...actor.counties])
            .toArray(),
          registered,
        ]),
      );
    default:
      return [];
  }
}

export interface NewApplication {
  application: Application;
  job: Job | undefined;
}

/** 今日待办: what waits for this desk, oldest first within each kind. */
export interface DeskToday {
  /** Open jobs it answers for that nobody has checked yet; flagged wording first. */
  toVerify: Job[];
  /** Jobs it answers for that enough people reported asking for money (对方要我交钱): most reports first. */
  feeReports: Job[];
  /** Applications routed to its stations that nobody has followed up. */
  applications: NewApplication[];
  /** 求助 filed for its stations, or for its counties without a station, not yet accepted. */
  complaints: Complaint[];
}

export async function deskToday(db: GigDb, actor: Actor): Promise<DeskToday> {
  const [jobs, pending, submitted] = await Promise.all([
    ourJobs(db, actor),
    db.applications.where('status').equals('pending').toArray(),
    db.complaints.where('status').equals('submitted').toArray(),
  ]);
  const toVerify = jobs
    .filter((job) => job.status === 'open' && job.verification.state === 'unverified')
    .sort((a, b) => b.flags.length - a.flags.length || a.postedAt - b.postedAt);
  const routedHere = (a: Application) =>
    actor.role === 'admin' || (a.stationId !== undefined && actor.stationIds.includes(a.stationId));
  const mine = pending.filter(routedHere).sort((a, b) => a.updatedAt - b.updatedAt);
  const applied = await db.jobs.bulkGet(mine.map((a) => a.jobId));
  const feeReports = jobs
    .filter((job) => job.feeReview && job.status !== 'closed')
    .sort((a, b) => (b.feeReports ?? 0) - (a.feeReports ?? 0));
  return {
    toVerify,
    feeReports,
    applications: mine.map((application, i) => ({ application, job: applied[i] })),
    complaints: submitted
      .filter((c) => handles(actor, { stationId: c.stationId, county: countyOf(c.regionCode) }))
      .sort((a, b) => a.updatedAt - b.updatedAt),
  };
}

/** One person as the desk sees them: the profile, their applications with the jobs. */
export async function seekerWithApplications(
  db: GigDb,
  id: string,
): Promise<{ seeker: Seeker | undefined; applications: NewApplication[] }> {
  const [seeker, applications] = await Promise.all([
    db.seekers.get(id),
    db.applications.where('seekerId').equals(id).toArray(),
  ]);
  applications.sort((a, b) => b.updatedAt - a.updatedAt);
  const jobs = await db.jobs.bulkGet(applications.map((a) => a.jobId));
  return { seeker, applications: applications.map((application, i) => ({ application, job: jobs[i] })) };
}

const TRIP_START = 'field.tripStart';

/** Midnight today on the phone's clock: a trip starts today unless the user says otherwise. */
export function startOfDay(at: number): number {
  const day = new Date(at);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/** When this phone's current trip began (set on the field home), or today's midnight. */
export async function tripStart(db: GigDb, now = Date.now()): Promise<number> {
  const saved = (await db.meta.get(TRIP_START))?.value;
  return typeof saved === 'number' && saved <= now ? saved : startOfDay(now);
}

export async function setTripStart(db: GigDb, at: number): Promise<void> {
  await db.meta.put({ key: TRIP_START, value: at });
}

/**
 * What this account registered since `since`: people by when their profile was made (its
 * id's time, set on the phone that made it), jobs by when they were posted.
 */
export async function registeredSince(
  db: GigDb,
  userId: string,
  since: number,
): Promise<{ seekers: Seeker[]; jobs: Job[] }> {
  const [seekers, jobs] = await Promise.all([
    db.seekers.where('registeredByUser').equals(userId).toArray(),
    db.jobs.where('createdBy').equals(userId).toArray(),
  ]);
  return {
    seekers: seekers.filter((s) => s.registeredBy === 'staff' && uuidv7Time(s.id) >= since),
    jobs: jobs.filter((j) => j.postedAt >= since),
  };
}

/** The jobs behind match hits, in hit order (undefined for one that left the device meanwhile). */
export function jobsInOrder(db: GigDb, ids: string[]): Promise<(Job | undefined)[]> {
  return db.jobs.bulkGet(ids);
}
