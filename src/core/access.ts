/**
 * Who may see and change what (docs/ACCESS.md is the table people read; this is the code
 * the server runs). Grants decide which buckets an account's device holds, projection
 * which fields of a record it gets, and the `may…` checks which writes the server accepts.
 */
import type { AnyRecord, Kind, RecordByKind } from './records';
import { bucketName, PUBLIC_BUCKETS } from './buckets';
import { countyOf } from './regions/codes';

const ROLES = ['anonymous', 'worker', 'employer', 'station_staff', 'field_staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES: readonly Role[] = ['station_staff', 'field_staff', 'admin'];
/** The station desk's own work (verifying, publishing, handling complaints): desks and admins. */
export const DESK_ROLES: readonly Role[] = ['station_staff', 'admin'];
/** Who may post jobs. */
export const STAFF_OR_EMPLOYER: readonly Role[] = [...STAFF_ROLES, 'employer'];

export interface Actor {
  userId?: string;
  role: Role;
  /** Stations a desk account is bound to. */
  stationIds: readonly string[];
  /** Counties a field worker covers (and, for a desk, the counties of its stations). */
  counties: readonly string[];
}

export const ANONYMOUS: Actor = { role: 'anonymous', stationIds: [], counties: [] };

/** What a device may send without logging in: a complaint that does not say who filed it. */
export const ANONYMOUS_MUTATIONS: readonly string[] = ['complaint.file'];

export const isStaff = (actor: Actor): boolean => STAFF_ROLES.includes(actor.role);

/** What the server knows when it decides an account's buckets. */
export interface GrantFacts {
  /** Counties that have job postings. */
  jobCounties: readonly string[];
  /** Seeker profiles the account made for itself. */
  ownSeekerIds: readonly string[];
  /** Every bucket that exists; only an admin gets them all. */
  allBuckets: readonly string[];
}

/**
 * The buckets an account may hold. `followed` is the counties the device asked for (at most
 * a few); staff always get the counties they work in on top.
 */
export function grantsFor(actor: Actor, followed: readonly string[], facts: GrantFacts): string[] {
  if (actor.role === 'admin') return [...new Set([...PUBLIC_BUCKETS, ...facts.allBuckets])].sort();
  const counties = new Set(followed.length > 0 ? followed : facts.jobCounties);
  if (isStaff(actor)) for (const county of actor.counties) counties.add(county);
  const grants: string[] = [...PUBLIC_BUCKETS, ...[...counties].map((c) => bucketName('jobs', c))];
  const me = actor.userId;
  switch (actor.role) {
    case 'worker':
      grants.push(...facts.ownSeekerIds.map((s) => bucketName('own', s)));
      break;
    case 'employer':
      if (me) grants.push(bucketName('emp', me));
      break;
    case 'station_staff':
      grants.push(...actor.stationIds.map((s) => bucketName('desk', s)));
      grants.push(
        ...actor.counties.flatMap((c) => [
          bucketName('employers', c),
          bucketName('complaints', c),
          bucketName('reviews', c),
        ]),
      );
      break;
    case 'field_staff':
      grants.push(
        ...actor.counties.flatMap((c) => [
          bucketName('employers', c),
          bucketName('seekers', c),
          bucketName('reviews', c),
        ]),
      );
      if (me) grants.push(bucketName('reg', me));
      break;
  }
  return [...new Set(grants)].sort();
}

/**
 * The fields of a record this account may receive. Grants already keep other people's
 * profiles, applications and complaints away from workers and employers; projection hides
 * the staff-internal fields of the records they do get.
 */
export function projectRecord<K extends Kind>(kind: K, record: RecordByKind[K], actor: Actor): RecordByKind[K] {
  if (isStaff(actor)) return record;
  const r = record as AnyRecord & Record<string, unknown>;
  switch (kind) {
    case 'job': {
      const job = record as RecordByKind['job'];
      const { by: _by, note: _note, ...verification } = job.verification;
      const projected: RecordByKind['job'] = { ...job, verification };
      if (job.createdBy !== actor.userId) delete projected.createdBy;
      return projected as RecordByKind[K];
    }
    case 'application': {
      // The desk's notes on a referral stay at the desk.
      const history = (r.history as { by?: string; note?: string }[]).map(
        ({ by: _by, note: _note, ...event }) => event,
      );
      return { ...record, history };
    }
    case 'complaint': {
      // The filer reads the desk's answers, not which staff account wrote them.
      const history = (r.history as { by?: string }[]).map(({ by: _by, ...event }) => event);
      return { ...record, history };
    }
    default:
      return record;
  }
}

/** A worker's own profile: made by that account for itself. */
export function ownsSeeker(actor: Actor, seeker: RecordByKind['seeker']): boolean {
  return actor.userId !== undefined && seeker.registeredBy === 'self' && seeker.registeredByUser === actor.userId;
}

/** May this account change this seeker's profile or act for them (apply, enrol, complain)? */
export function mayActForSeeker(actor: Actor, seeker: RecordByKind['seeker']): boolean {
  switch (actor.role) {
    case 'admin':
      return true;
    case 'worker':
      return ownsSeeker(actor, seeker);
    case 'station_staff':
      return (
        (seeker.stationId !== undefined && actor.stationIds.includes(seeker.stationId)) ||
        seeker.registeredByUser === actor.userId
      );
    case 'field_staff':
      return actor.counties.includes(countyOf(seeker.regionCode)) || seeker.registeredByUser === actor.userId;
    default:
      return false;
  }
}

/** May this account change a job: staff, or the employer who posted it. */
export function mayEditJob(actor: Actor, job: RecordByKind['job']): boolean {
  return isStaff(actor) || (actor.role === 'employer' && job.createdBy === actor.userId);
}

/** May this account move an application along: the desk, or the employer whose job it is. */
export function mayAdvanceApplication(actor: Actor, application: RecordByKind['application']): boolean {
  return isStaff(actor) || (actor.role === 'employer' && application.jobOwner === actor.userId);
}
