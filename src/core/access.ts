/**
 * Who may see and change what (docs/ACCESS.md is the table people read; this is the code
 * the server runs). Grants decide which buckets an account's device holds, projection
 * which fields of a record it gets, and the `may…` checks which writes the server accepts.
 */
import type { AnyRecord, Kind, RecordByKind } from './records';
import { ALL_BUCKET, bucketName, PUBLIC_BUCKETS } from './buckets';
import { countyOf } from './regions/codes';
import { type Actor, DESK_ROLES, isStaff } from './roles';

export {
  type Actor,
  ANONYMOUS,
  ANONYMOUS_MUTATIONS,
  CHECK_IN_ROLES,
  DESK_ROLES,
  isStaff,
  type Role,
  STAFF_OR_EMPLOYER,
  STAFF_ROLES,
  WORKLOG_ROLES,
} from './roles';

/** What the server knows when it decides an account's buckets. */
export interface GrantFacts {
  /** Counties that have job postings. */
  jobCounties: readonly string[];
  /** Seeker profiles the account made for itself. */
  ownSeekerIds: readonly string[];
}

/**
 * The buckets an account may hold. `followed` is the counties the device asked for (at most
 * a few); staff always get the counties they work in on top. An admin holds everything, as
 * one bucket (src/core/buckets.ts › `all`).
 */
export function grantsFor(actor: Actor, followed: readonly string[], facts: GrantFacts): string[] {
  if (actor.role === 'admin') return [ALL_BUCKET];
  const counties = new Set(followed.length > 0 ? followed : facts.jobCounties);
  if (isStaff(actor)) for (const county of actor.counties) counties.add(county);
  const grants: string[] = [...PUBLIC_BUCKETS, ...[...counties].map((c) => bucketName('jobs', c))];
  const me = actor.userId;
  switch (actor.role) {
    case 'worker':
      grants.push(...facts.ownSeekerIds.map((s) => bucketName('own', s)));
      if (me) grants.push(bucketName('worklog', me));
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
          bucketName('asks', c),
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
  if (kind === 'complaint' && (record as RecordByKind['complaint']).reporter !== undefined) {
    // Who filed a 对方要我交钱 report is the server's, for counting people once: no device learns it.
    const { reporter: _reporter, ...rest } = record as RecordByKind['complaint'];
    return projectRecord(kind, rest as RecordByKind[K], actor);
  }
  if (kind === 'review') {
    // What a merge changed, kept for undoing it, is the server's business: devices learn who was kept.
    const merge = (record as RecordByKind['review']).merge;
    if (merge?.undo) return { ...record, merge: { keep: merge.keep, dropped: merge.dropped } };
  }
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
    case 'policy': {
      // Which staff account saved it is the desks' business.
      const { editedBy: _editedBy, ...policy } = record as RecordByKind['policy'];
      return policy as RecordByKind[K];
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

/** Where a record is: the county of its region code, and the station it names (with that station's county). */
export interface Place {
  county?: string;
  stationId?: string;
  stationCounty?: string;
}

/**
 * Does this staff account work at this place? A desk: at its stations, in its stations'
 * counties; field staff: in their counties (a station named must be in one of them).
 * Admins work everywhere; workers and employers are bound by ownership, not by place.
 */
export function worksAt(actor: Actor, place: Place): boolean {
  const inCounty = place.county === undefined || actor.counties.includes(place.county);
  switch (actor.role) {
    case 'admin':
      return true;
    case 'station_staff':
      return inCounty && (place.stationId === undefined || actor.stationIds.includes(place.stationId));
    case 'field_staff':
      return (
        inCounty &&
        (place.stationId === undefined ||
          (place.stationCounty !== undefined && actor.counties.includes(place.stationCounty)))
      );
    default:
      return false;
  }
}

/**
 * Is something routed to this staff account (a complaint, a review, an application)? To a
 * desk: when it names one of the desk's stations, or names none and is in its counties. To
 * field staff: when it is in their counties.
 */
export function handles(actor: Actor, routed: { stationId?: string; county: string }): boolean {
  switch (actor.role) {
    case 'admin':
      return true;
    case 'station_staff':
      return routed.stationId !== undefined
        ? actor.stationIds.includes(routed.stationId)
        : actor.counties.includes(routed.county);
    case 'field_staff':
      return actor.counties.includes(routed.county);
    default:
      return false;
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

/** May this account change a job: staff working where it is, or the employer who posted it. */
export function mayEditJob(actor: Actor, job: RecordByKind['job'], place: Place = jobPlace(job)): boolean {
  return (isStaff(actor) && worksAt(actor, place)) || (actor.role === 'employer' && job.createdBy === actor.userId);
}

/** A job's place without looking its station up (enough for desks; the server adds the station's county). */
export const jobPlace = (job: { regionCode: string; stationId?: string }, stationCounty?: string): Place => ({
  county: countyOf(job.regionCode),
  stationId: job.stationId,
  stationCounty,
});

/**
 * May this account move an application along: the employer whose job it is, the desk it is
 * routed to, or staff who may act for the applicant. `seeker` is the applicant's profile.
 */
export function mayAdvanceApplication(
  actor: Actor,
  application: RecordByKind['application'],
  seeker: RecordByKind['seeker'] | undefined,
): boolean {
  if (actor.role === 'employer') return application.jobOwner === actor.userId;
  const routedHere =
    actor.role === 'station_staff' &&
    application.stationId !== undefined &&
    actor.stationIds.includes(application.stationId);
  return routedHere || (seeker !== undefined && mayActForSeeker(actor, seeker));
}

// What the UI offers each account: the same rules the mutators apply, so a tool is shown
// only to those whose write the server would take (the server checks again regardless).

/** 登记求职者 and 匹配求职者: staff work with other people's profiles; a worker has only their own. */
export const mayWorkWithSeekers = (actor: Actor): boolean => isStaff(actor);

/**
 * The counties a staff form offers for where a job is or a person lives: the server refuses
 * others (field staff's people live in their counties; a desk registers a visitor from
 * anywhere at its station). Undefined: anywhere.
 */
export function countiesOffered(actor: Actor, record: 'job' | 'seeker'): readonly string[] | undefined {
  if (actor.role === 'field_staff' || (actor.role === 'station_staff' && record === 'job')) return actor.counties;
  return undefined;
}

/** The desk's own work on a record where it works (or an admin's). */
const deskWorksAt = (actor: Actor, record: { regionCode: string; stationId?: string }): boolean =>
  DESK_ROLES.includes(actor.role) && worksAt(actor, jobPlace(record));

/** Verifying a job (`job.verify`): the desk where the job is. */
export const mayVerifyJob = deskWorksAt;

/** 开课 and the 我想学 requests of their counties (`course.save`): desks and admins. */
export const mayRunCourses = (actor: Actor): boolean => DESK_ROLES.includes(actor.role);

/** A course's register, editing it, attendance and completion: the desk where the course is. */
export const mayKeepCourse = deskWorksAt;

/** 推荐 (`application.apply` with channel referral): staff who may act for the person. */
export const mayReferSeeker = (actor: Actor, seeker: RecordByKind['seeker']): boolean =>
  isStaff(actor) && mayActForSeeker(actor, seeker);

/**
 * The station that follows a referral up: the referring desk's own; for field staff (no
 * station) the job's, else the person's own 我的驿站, so that some desk always sees it.
 */
export const referralStation = (
  actor: Actor,
  job: { stationId?: string },
  seeker: { stationId?: string },
): string | undefined => actor.stationIds[0] ?? job.stationId ?? seeker.stationId;

/** 加分 and 兑换 on a person's page (`points.award`): the desk that may act for them. */
export const mayAwardPoints = (actor: Actor, seeker: RecordByKind['seeker']): boolean =>
  DESK_ROLES.includes(actor.role) && mayActForSeeker(actor, seeker);

/** Correcting a station's details and coordinates (`station.save`): the desk of that station. */
export const mayEditStation = (actor: Actor, station: { id: string; regionCode: string }): boolean =>
  DESK_ROLES.includes(actor.role) && worksAt(actor, { county: countyOf(station.regionCode), stationId: station.id });

/**
 * Publishing or changing a policy (`policy.save`): a desk for places in its counties (at
 * least one named), an admin anywhere; a policy for everywhere (no place) or a province is
 * an admin's. Without `regionCodes`: may this account publish policies at all.
 */
export function mayPublishPolicy(actor: Actor, regionCodes?: readonly string[]): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role !== 'station_staff') return false;
  return (
    regionCodes === undefined ||
    (regionCodes.length > 0 && regionCodes.every((code) => worksAt(actor, { county: countyOf(code) })))
  );
}
/** Scheduling a 招聘会 or 直播带岗 (`event.save`): desks, for their stations and counties. */
export const mayScheduleEvents = (actor: Actor): boolean => DESK_ROLES.includes(actor.role);

/**
 * 打印村务公告 (`boardPrint.log`): a desk with a station, whose phone the sheets carry and
 * whose desk bucket keeps the print log. Field staff hold no station's log; admins have no station.
 */
export const mayPrintForBoards = (actor: Actor): boolean =>
  DESK_ROLES.includes(actor.role) && actor.stationIds.length > 0;

/** Changing a scheduled session: the desk where it is. */
export const mayEditEvent = (actor: Actor, event: { regionCode: string; stationId?: string }): boolean =>
  mayScheduleEvents(actor) && worksAt(actor, jobPlace(event));

/**
 * 数据 (`/desk/figures`, `GET /api/figures`): a county's figures, counts with no person in them,
 * for its desks and field staff, and admins. Workers and employers see none.
 */
export const mayReadFigures = (actor: Actor, county: string): boolean => isStaff(actor) && worksAt(actor, { county });
