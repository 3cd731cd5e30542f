/**
 * Named mutators: every write a user makes is one of these intents. The client runs them
 * optimistically against Dexie; the server re-runs the same code with authority
 * (`ctx.server`) against PostgreSQL. What the server decides is what everyone ends up with.
 */
import * as v from 'valibot';
import { count, id, regionCode } from './fields';
import {
  APPLICATION_STATUSES,
  ApplicationSchema,
  BoardPrintSchema,
  COMPLAINT_STATUSES,
  ComplaintSchema,
  CourseRequestSchema,
  CourseSchema,
  EmployerSchema,
  EnrollmentSchema,
  EventSchema,
  JOB_STATUSES,
  JobSchema,
  type Kind,
  MERGE_MOVES,
  POINTS_EARN_KINDS,
  POINTS_KINDS,
  POINTS_SPEND_KINDS,
  PointsSchema,
  PolicySchema,
  type RecordByKind,
  ReviewSchema,
  SeekerSchema,
  StationSchema,
  VERIFICATION_METHODS,
  VisitSchema,
  WorkdaySchema,
} from './records';
import {
  type Actor,
  CHECK_IN_ROLES,
  DESK_ROLES,
  handles,
  isStaff,
  mayKeepCourse,
  mayActForSeeker,
  mayAdvanceApplication,
  mayPublishPolicy,
  ownsSeeker,
  type Role,
  STAFF_OR_EMPLOYER,
  STAFF_ROLES,
  WORKLOG_ROLES,
  worksAt,
} from './access';
import { changedSince, type Seen, same } from './edits';
import { uuidv7 } from './ids';
import type { MergeUndo } from './merge-undo';
import { duplicateKeys, lwwPatch, mergeProfiles, needsIdentityCheck } from './seekers';
import { countyOf } from './regions/codes';
import { canMoveJob, isForwardApplicationMove, postingFlags } from './rules';
import { MutationError, validate } from './validation';
import { checkDay } from './worklog';

export interface MutationContext {
  now: number;
  /**
   * When the writer made the change, on the server's time scale (a hybrid logical clock:
   * device time corrected by the offset learned at sync, never going backwards; the server
   * caps it at its own time + 5 min). Per-field last-writer-wins compares these.
   */
  clock: number;
  actor: Actor;
  /** True when the server re-runs the mutation with authority. */
  server: boolean;
  /** Server only: recording what a merge changed, and undoing it (src/core/merge-undo.ts). */
  mergeUndo?: MergeUndo;
  /** Server only: the client id the mutation came from (a device without a login is known by it). */
  device?: string;
}

/** The storage a mutator sees: Dexie on the client, SQL on the server. */
export interface MutationTx {
  get<K extends Kind>(kind: K, id: string): Promise<RecordByKind[K] | undefined>;
  /** First live record whose fields equal every value in `match`. */
  findFirst<K extends Kind>(kind: K, match: Record<string, string | number>): Promise<RecordByKind[K] | undefined>;
  /** Every live record whose fields equal every value in `match`. */
  findAll<K extends Kind>(kind: K, match: Record<string, string>): Promise<RecordByKind[K][]>;
  put<K extends Kind>(kind: K, record: RecordByKind[K]): Promise<void>;
  /** How many live records have fields equal to every value in `match`. */
  count(kind: Kind, match: Record<string, string>): Promise<number>;
}

interface Mutator<A> {
  args: v.GenericSchema<unknown, A>;
  apply(tx: MutationTx, args: A, ctx: MutationContext): Promise<void>;
}

const define = <S extends v.GenericSchema>(
  args: S,
  apply: (tx: MutationTx, args: v.InferOutput<S>, ctx: MutationContext) => Promise<void>,
): Mutator<v.InferOutput<S>> => ({ args, apply });

const SERVER_FIELDS = ['version', 'updatedAt', 'deleted'] as const;

function requireRole(ctx: MutationContext, roles: readonly Role[], what: string): void {
  allowIf(ctx, roles.includes(ctx.actor.role), what);
}

/** The server refuses what the account may not do; the device lets the server be the judge. */
function allowIf(ctx: MutationContext, allowed: boolean, what: string): void {
  if (ctx.server && !allowed) throw new MutationError('FORBIDDEN', `${ctx.actor.role} may not ${what}`);
}

/**
 * Staff are refused outside their stations and counties with a code of its own
 * (docs/ACCESS.md › scope); the refusal names the mutator, so the message need not say more.
 */
function allowHere(ctx: MutationContext, allowed: boolean): void {
  if (ctx.server && !allowed) throw new MutationError('OUT_OF_SCOPE', 'outside the stations and counties you work for');
}

/**
 * Server: a staff account writes only where it works. `regionCode` is where the record is
 * (its county must be the account's), `stationId` the station it names. Workers and
 * employers are not bound to places; their writes are checked by ownership instead.
 */
async function checkPlace(
  tx: MutationTx,
  ctx: MutationContext,
  place: { regionCode?: string; stationId?: string },
): Promise<void> {
  if (!ctx.server || !isStaff(ctx.actor)) return;
  const station = place.stationId ? await tx.get('station', place.stationId) : undefined;
  const allowed = worksAt(ctx.actor, {
    county: place.regionCode === undefined ? undefined : countyOf(place.regionCode),
    stationId: place.stationId,
    stationCounty: station && countyOf(station.regionCode),
  });
  allowHere(ctx, allowed);
}

/** On the server the seeker must exist and the account must be allowed to act for them. */
async function checkSeeker(tx: MutationTx, seekerId: string, ctx: MutationContext, what: string): Promise<void> {
  if (!ctx.server) return;
  const seeker = await tx.get('seeker', seekerId);
  if (!seeker || seeker.deleted) throw new MutationError('NOT_FOUND', `seeker ${seekerId} not found`, 'seekerId');
  checkActFor(ctx, seeker, what);
}

/** Staff who may not act for a person are refused for place; anyone else for who they are. */
function checkActFor(ctx: MutationContext, seeker: RecordByKind['seeker'], what: string): void {
  const allowed = mayActForSeeker(ctx.actor, seeker);
  if (isStaff(ctx.actor)) allowHere(ctx, allowed);
  else allowIf(ctx, allowed, what);
}

async function mustGet<K extends Kind>(tx: MutationTx, kind: K, recordId: string): Promise<RecordByKind[K]> {
  const found = await tx.get(kind, recordId);
  if (!found || found.deleted) throw new MutationError('NOT_FOUND', `${kind} ${recordId} not found`, 'id');
  return found;
}

/**
 * A create names its record's id. An id that exists is refused, so no create overwrites
 * anything, unless it is the same create again (the same author, or for records that do
 * not keep their author the same content: a device re-sending what the server has): then
 * nothing changes. Returns whether the record is new.
 */
async function isNew<K extends Kind>(
  tx: MutationTx,
  kind: K,
  recordId: string,
  sameCreate: (existing: RecordByKind[K]) => boolean,
): Promise<boolean> {
  const existing = await tx.get(kind, recordId);
  if (!existing) return true;
  if (sameCreate(existing)) return false;
  throw new MutationError('EXISTS', `${kind} ${recordId} already exists`, 'id');
}

/** Does a stored record hold what the create's arguments say (all of them, or the `fields` named)? */
function sameFields(existing: object, args: object, fields = Object.keys(args)): boolean {
  const a = existing as Record<string, unknown>;
  const b = args as Record<string, unknown>;
  return fields.every((f) => same(a[f], b[f]));
}

const staleError = (field: PropertyKey) =>
  new MutationError('STALE', `${String(field)}: changed by someone else since you opened it`, String(field));

/**
 * Server: a whole-record save on top of the stored record, field by field (SYNC.md §2.8). Of
 * `fields`, one the editor left as they saw it keeps the stored value (someone else's change
 * stays); one they changed takes theirs, unless someone else changed it too since they saw
 * it: refused STALE, naming the field. Returns the record to store.
 */
function mergeSave<T extends object>(
  stored: T & { version: number },
  save: T,
  seen: Seen<T>,
  fields: readonly (keyof T)[],
): T {
  const merged = { ...save };
  for (const field of fields) {
    if (same(save[field], stored[field])) continue;
    if (seen.base && same(save[field], seen.base[field])) merged[field] = stored[field];
    else if (changedSince(stored, seen, field)) throw staleError(field);
  }
  return merged;
}

/** Re-validate a record after a mutator built it, so no mutator can store a bad shape. */
function checked<S extends v.GenericSchema>(schema: S, record: v.InferOutput<S>): v.InferOutput<S> {
  const result = validate(schema, record);
  if (!result.ok) {
    const first = result.errors[0];
    throw new MutationError('INVALID', first.message, first.field);
  }
  return result.value;
}

function fresh(recordId: string, ctx: MutationContext) {
  return { id: recordId, version: 0, updatedAt: ctx.now, deleted: false };
}

/** A profile, following merges: an edit made offline to a merged-away duplicate lands on the kept one. */
async function currentProfile(tx: MutationTx, seekerId: string): Promise<RecordByKind['seeker']> {
  let seeker = await tx.get('seeker', seekerId);
  for (let hops = 0; seeker?.mergedInto && hops < 10; hops++) seeker = await tx.get('seeker', seeker.mergedInto);
  if (!seeker || seeker.deleted) throw new MutationError('NOT_FOUND', `seeker ${seekerId} not found`, 'id');
  return seeker;
}

/** Server only: queue something for the desk of the profile's station (or its county's staff). */
async function openReview(
  tx: MutationTx,
  ctx: MutationContext,
  kind: RecordByKind['review']['kind'],
  seekers: RecordByKind['seeker'][],
  detail: string,
): Promise<void> {
  const review = {
    ...fresh(uuidv7(ctx.now), ctx),
    kind,
    seekerIds: seekers.map((s) => s.id),
    stationId: seekers.find((s) => s.stationId)?.stationId,
    regionCode: seekers[0].regionCode,
    detail: detail.slice(0, 200),
    status: 'open' as const,
  };
  await tx.put('review', checked(ReviewSchema, review));
}

type Merge = NonNullable<RecordByKind['review']['merge']>;

/**
 * Fold `drop` into `keep`: fields filled in, the person's records re-pointed, `drop` deleted.
 * On the server, returns what changed, so the merge can be undone.
 */
async function mergeInto(
  tx: MutationTx,
  ctx: MutationContext,
  keep: RecordByKind['seeker'],
  drop: RecordByKind['seeker'],
): Promise<NonNullable<Merge['undo']>[number] | undefined> {
  const merged = checked(SeekerSchema, { ...mergeProfiles(keep, drop), updatedAt: ctx.now });
  await tx.put('seeker', merged);
  await tx.put('seeker', { ...drop, deleted: true, mergedInto: keep.id, updatedAt: ctx.now });
  const moved: NonNullable<Merge['undo']>[number]['moved'] = [];
  for (const kind of MERGE_MOVES) {
    for (const record of await tx.findAll(kind, { seekerId: drop.id })) {
      await tx.put(kind, { ...record, seekerId: keep.id, updatedAt: ctx.now });
      moved.push({ kind, id: record.id });
    }
  }
  return ctx.mergeUndo && { from: drop.id, ...ctx.mergeUndo.diff(keep, merged), moved };
}

/** Server: may this staff account decide this review (it is routed to them)? */
function checkReviewHere(ctx: MutationContext, review: RecordByKind['review']): void {
  allowHere(ctx, handles(ctx.actor, { stationId: review.stationId, county: countyOf(review.regionCode) }));
}

const DAY_MS = 86_400_000;
const JOB_LIFETIME_MS = 30 * DAY_MS;

const JobPostArgs = v.omit(JobSchema, [
  ...SERVER_FIELDS,
  'flags',
  'status',
  'verification',
  'postedAt',
  'createdBy',
  'feeReports',
  'feeReview',
]);
const JOB_EDITABLE = [
  'title',
  'occupationCode',
  'description',
  'skills',
  'employerName',
  'stationId',
  'regionCode',
  'place',
  'lat',
  'lon',
  'wageMin',
  'wageMax',
  'wageUnit',
  'payPeriod',
  'headcount',
  'startDate',
  'durationDays',
  'benefits',
  'requirements',
  'contactPhone',
  'expiresAt',
] as const;
/** Station fields a stale edit may not overwrite (SYNC.md §2.8: stations are server-authoritative). */
const STATION_IDENTITY = ['name', 'address', 'phone'] as const;
/** What a policy says: an edit merges into the stored policy field by field (SYNC.md §2.8). */
const POLICY_CONTENT = [
  'title',
  'body',
  'summary',
  'source',
  'regionCodes',
  'tags',
  'publishedOn',
  'effectiveOn',
  'validUntil',
] as const;
/** Fields where a stale edit must not silently overwrite a newer value (SYNC.md §2.8). */
const JOB_CRITICAL = ['wageMin', 'wageMax', 'wageUnit', 'headcount'] as const;

function checkWageRange(job: { wageMin: number; wageMax: number }): void {
  if (job.wageMax < job.wageMin) throw new MutationError('INVALID', 'wageMax: below wageMin', 'wageMax');
}

const SeekerRegisterArgs = v.omit(SeekerSchema, [...SERVER_FIELDS, 'registeredByUser', 'fieldClock', 'mergedInto']);
const SEEKER_EDITABLE = [
  'name',
  'phone',
  'birthYear',
  'education',
  'regionCode',
  'village',
  'lat',
  'lon',
  'skills',
  'experience',
  'wishes',
  'languages',
  'groups',
  'consentShareContact',
  'stationId',
] as const;

/** Staff change jobs where they work; an employer changes only their own postings. */
async function checkJobChange(tx: MutationTx, ctx: MutationContext, job: RecordByKind['job'], what: string) {
  requireRole(ctx, STAFF_OR_EMPLOYER, what);
  if (isStaff(ctx.actor)) await checkPlace(tx, ctx, job);
  else allowIf(ctx, job.createdBy !== undefined && job.createdBy === ctx.actor.userId, what);
}

/** A complaint is a desk's when routed to its station, or, unrouted, in its counties. */
const handlesComplaint = (actor: Actor, complaint: RecordByKind['complaint']) =>
  handles(actor, { stationId: complaint.stationId, county: countyOf(complaint.regionCode) });

/** Most points one award may give or take: a course gives tens; a typo of 10,000 is caught. */
export const POINTS_PER_AWARD = 500;
/** Most points one desk may give one person in a day (China's calendar day), however many entries. */
export const POINTS_PER_DAY = 100;
/** How many different people must report a job asking for money before it goes before the desk. */
export const FEE_REPORTS_FOR_REVIEW = 3;

/** How old a door check-in may be when it reaches the server: a field trip without signal lasts days, not months. */
export const CHECK_IN_MAX_AGE_DAYS = 30;

const CHINA_OFFSET_MS = 8 * 3_600_000;
/** The calendar day in China (UTC+8, no daylight saving) of a time: the per-day cap counts by it. */
export const chinaDay = (at: number): number => Math.floor((at + CHINA_OFFSET_MS) / DAY_MS);

/** Earning needs a positive delta, spending a negative one; a correction goes either way. */
function checkPointsSign(kind: (typeof POINTS_KINDS)[number], delta: number): void {
  const earn = (POINTS_EARN_KINDS as readonly string[]).includes(kind);
  const spend = (POINTS_SPEND_KINDS as readonly string[]).includes(kind);
  if ((earn && delta < 0) || (spend && delta > 0)) {
    throw new MutationError('INVALID', `delta: ${kind} ${earn ? 'adds' : 'takes'} points`, 'delta');
  }
}

/**
 * The station an entry is made for: the person's, when it is one of the desk's; else the
 * desk's first (someone it registered who moved on). An admin's entry names the person's.
 */
function pointsStation(actor: Actor, seeker: RecordByKind['seeker'] | undefined): string | undefined {
  if (actor.role !== 'station_staff') return seeker?.stationId;
  return seeker?.stationId && actor.stationIds.includes(seeker.stationId) ? seeker.stationId : actor.stationIds[0];
}

/**
 * The caps of the ledger, over the entries the storage holds (the server's: all of them;
 * a desk's phone: its station's, so it says so before sending when it can): no more than
 * POINTS_PER_DAY earned a day from one station, and no balance below zero.
 */
async function checkPointsCaps(tx: MutationTx, entry: RecordByKind['points']): Promise<void> {
  const ledger = await tx.findAll('points', { seekerId: entry.seekerId });
  if (entry.delta > 0) {
    const day = chinaDay(entry.at);
    const today = ledger
      .filter((p) => p.stationId === entry.stationId && p.delta > 0 && chinaDay(p.at) === day)
      .reduce((sum, p) => sum + p.delta, 0);
    if (today + entry.delta > POINTS_PER_DAY) {
      throw new MutationError('POINTS_DAY_CAP', `delta: ${today} of ${POINTS_PER_DAY} given today`, 'delta');
    }
  } else {
    const balance = ledger.reduce((sum, p) => sum + p.delta, 0);
    if (balance + entry.delta < 0) throw new MutationError('POINTS_SHORT', `delta: balance is ${balance}`, 'delta');
  }
}

/**
 * Server: who reported a job asking for money. An account counts once whatever it taps;
 * devices without a login (a new one is free to make) count as one reporter together.
 */
const reporterOf = (ctx: MutationContext): string | undefined =>
  ctx.actor.userId ? `u:${ctx.actor.userId}` : ctx.device && `d:${ctx.device}`;

function countReporters(reports: readonly RecordByKind['complaint'][]): number {
  const accounts = new Set(reports.flatMap((r) => (r.reporter?.startsWith('u:') ? [r.reporter] : [])));
  const withoutLogin = reports.some((r) => r.reporter?.startsWith('d:')) ? 1 : 0;
  return accounts.size + withoutLogin;
}

/** The 对方要我交钱 reports of a job since the desk last checked it (a check answers the earlier ones). */
async function feeReportsOf(tx: MutationTx, job: RecordByKind['job']): Promise<RecordByKind['complaint'][]> {
  const since = job.verification.at ?? 0;
  const reports = await tx.findAll('complaint', { jobId: job.id });
  return reports.filter((c) => c.kind === 'fee' && (c.history[0]?.at ?? 0) > since);
}

/**
 * How the employer, the course's desk or the desk handling a 求助 reaches a person, copied when
 * they apply, sign up or ask for help: doing it themself is consent to be called about it; staff
 * applying for them pass the phone on only if the person agreed to share it.
 */
/**
 * A referral (推荐) sends a person to a job the station stands behind: the job must still be
 * open (the phone refuses at once when it holds the job; the server always), and the station
 * it names, which will follow it up, is one the staff works at or the job's own.
 */
async function checkReferral(
  tx: MutationTx,
  ctx: MutationContext,
  job: RecordByKind['job'] | undefined,
  stationId: string | undefined,
): Promise<void> {
  if (job && (job.deleted || job.status !== 'open')) {
    throw new MutationError('JOB_NOT_OPEN', `job ${job.id} is ${job.deleted ? 'removed' : job.status}`, 'jobId');
  }
  if (stationId === undefined || stationId === job?.stationId) return;
  await checkPlace(tx, ctx, { stationId });
}

function contactOf(seeker: RecordByKind['seeker'] | undefined, self: boolean) {
  return seeker && { name: seeker.name, phone: self || seeker.consentShareContact ? seeker.phone : undefined };
}

/** Sign-ups that hold a seat: finishing the course keeps it. */
const holdsSeat = (e: RecordByKind['enrollment']) => e.status === 'enrolled' || e.status === 'completed';

/**
 * Server: the course's seats and waiting list after a sign-up changed. Free seats go to the
 * waiting list in its order (new sign-ups, without a position, at its end); the rest are
 * numbered 1, 2, …; the course keeps the counts, which is all a worker's phone can see.
 */
async function settleCourse(tx: MutationTx, ctx: MutationContext, courseId: string): Promise<void> {
  if (!ctx.server) return;
  const course = await mustGet(tx, 'course', courseId);
  const signUps = await tx.findAll('enrollment', { courseId });
  let enrolled = signUps.filter(holdsSeat).length;
  const queue = signUps
    .filter((e) => e.status === 'waitlisted')
    .sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity) || (a.id < b.id ? -1 : 1));
  let waitlisted = 0;
  for (const { position: _position, ...signUp } of queue) {
    const moved: RecordByKind['enrollment'] =
      enrolled < course.capacity
        ? { ...signUp, status: 'enrolled' }
        : { ...signUp, position: ++waitlisted, status: 'waitlisted' };
    if (moved.status === 'enrolled') enrolled++;
    if (moved.status !== signUp.status || moved.position !== _position)
      await tx.put('enrollment', { ...moved, updatedAt: ctx.now });
  }
  if (course.enrolled !== enrolled || course.waitlisted !== waitlisted)
    await tx.put('course', { ...course, enrolled, waitlisted, updatedAt: ctx.now });
}

/** The desk that keeps a course's register: staff working where the course is. */
async function checkCourseDesk(tx: MutationTx, ctx: MutationContext, course: RecordByKind['course'], what: string) {
  requireRole(ctx, DESK_ROLES, what);
  await checkPlace(tx, ctx, course);
}

/** A sign-up and its course, for the desk's register (attendance, completion). */
async function registerEntry(tx: MutationTx, ctx: MutationContext, enrollmentId: string, what: string) {
  const enrollment = await mustGet(tx, 'enrollment', enrollmentId);
  const course = await mustGet(tx, 'course', enrollment.courseId);
  await checkCourseDesk(tx, ctx, course, what);
  if (!holdsSeat(enrollment)) throw new MutationError('NOT_ENROLLED', `enrollment is ${enrollment.status}`, 'status');
  return { enrollment, course };
}

/** 我想学 names a town or a village: the desk groups requests by where people are. */
const townOrVillage = v.pipe(regionCode, v.minLength(9, 'town'));

const WorkdayArgs = v.omit(WorkdaySchema, [...SERVER_FIELDS, 'ownerId']);
const WORKDAY_EDITABLE = ['date', 'site', 'employerName', 'wage', 'wageUnit', 'hours', 'paid', 'note'] as const;

/**
 * 记工 is the worker's own record: only the account whose log it is changes a day. Staff
 * do not write it either (they see days only as a summary attached to a 求助).
 */
function checkOwnDay(ctx: MutationContext, day: RecordByKind['workday'], what: string): void {
  allowIf(ctx, ctx.actor.userId !== undefined && day.ownerId === ctx.actor.userId, what);
}

/** Job fields an edit may not take outside the editor's place. */
const JOB_PLACE = ['regionCode', 'stationId'] as const;

/**
 * The job a 对方要我交钱 report names (a complaint of kind `fee` with a jobId). The server
 * insists it exists; the phone takes it when it holds it.
 */
async function feeReportJob(
  tx: MutationTx,
  args: { kind: string; jobId?: string },
  ctx: MutationContext,
): Promise<RecordByKind['job'] | undefined> {
  if (args.kind !== 'fee' || !args.jobId) return undefined;
  if (ctx.server) {
    const job = await tx.get('job', args.jobId);
    if (!job || job.deleted) throw new MutationError('NOT_FOUND', `job ${args.jobId} not found`, 'jobId');
    return job;
  }
  return tx.get('job', args.jobId);
}

export const mutators = {
  'job.post': define(JobPostArgs, async (tx, args, ctx) => {
    requireRole(ctx, STAFF_OR_EMPLOYER, 'post jobs');
    if (!(await isNew(tx, 'job', args.id, (job) => job.createdBy !== undefined && job.createdBy === ctx.actor.userId)))
      return;
    await checkPlace(tx, ctx, args);
    checkWageRange(args);
    const job: RecordByKind['job'] = {
      ...args,
      ...fresh(args.id, ctx),
      flags: postingFlags(args.title, args.description, args.requirements),
      status: 'open',
      verification: { state: 'unverified' },
      postedAt: ctx.now,
      expiresAt: args.expiresAt ?? ctx.now + JOB_LIFETIME_MS,
      createdBy: ctx.actor.userId,
    };
    await tx.put('job', checked(JobSchema, job));
  }),

  'job.edit': define(
    v.object({
      id,
      patch: v.partial(v.pick(JobSchema, JOB_EDITABLE)),
      /**
       * The patched fields as the editor saw them (src/core/edits.ts): a critical field
       * someone else changed since makes the edit stale; free text goes to the last to arrive.
       */
      base: v.optional(v.partial(v.pick(JobSchema, JOB_EDITABLE))),
      /** What apps before `base` sent: the row version the editor saw (still in old outboxes). */
      baseVersion: v.optional(v.number()),
    }),
    async (tx, args, ctx) => {
      const job = await mustGet(tx, 'job', args.id);
      await checkJobChange(tx, ctx, job, 'edit this job');
      if (job.status === 'closed') throw new MutationError('JOB_CLOSED', 'job is closed', 'status');
      if (ctx.server) {
        const changes = (f: (typeof JOB_CRITICAL)[number]) => f in args.patch && !same(args.patch[f], job[f]);
        const stale = JOB_CRITICAL.find((f) => changes(f) && changedSince(job, args, f));
        if (stale) throw staleError(stale);
      }
      const next = { ...job, ...args.patch, updatedAt: ctx.now };
      // Moving a job is posting it elsewhere: the new place must be the editor's too.
      if (JOB_PLACE.some((f) => f in args.patch)) await checkPlace(tx, ctx, next);
      checkWageRange(next);
      next.flags = postingFlags(next.title, next.description, next.requirements);
      await tx.put('job', checked(JobSchema, next));
    },
  ),

  'job.setStatus': define(v.object({ id, status: v.picklist(JOB_STATUSES) }), async (tx, args, ctx) => {
    const job = await mustGet(tx, 'job', args.id);
    await checkJobChange(tx, ctx, job, 'change this job');
    if (job.status === args.status) return;
    if (!canMoveJob(job.status, args.status)) {
      throw new MutationError('BAD_TRANSITION', `status: ${job.status} cannot become ${args.status}`, 'status');
    }
    await tx.put('job', { ...job, status: args.status, updatedAt: ctx.now });
  }),

  /** Take a posting down (fraud, duplicate, posted by mistake): a tombstone every device applies. */
  'job.remove': define(v.object({ id }), async (tx, args, ctx) => {
    requireRole(ctx, DESK_ROLES, 'remove jobs');
    const job = await mustGet(tx, 'job', args.id);
    await checkPlace(tx, ctx, job);
    await tx.put('job', { ...job, deleted: true, updatedAt: ctx.now });
  }),

  'job.verify': define(
    v.object({
      id,
      state: v.picklist(['verified', 'rejected'] as const),
      method: v.picklist(VERIFICATION_METHODS),
      note: v.optional(v.pipe(v.string(), v.maxLength(200, 'too_long'))),
    }),
    async (tx, args, ctx) => {
      requireRole(ctx, DESK_ROLES, 'verify jobs');
      const job = await mustGet(tx, 'job', args.id);
      await checkPlace(tx, ctx, job);
      const verification = {
        state: args.state,
        method: args.method,
        by: ctx.actor.userId,
        at: ctx.now,
        note: args.note,
      };
      // Checking a job answers the 对方要我交钱 reports so far; later ones count afresh.
      const { feeReports: _reports, feeReview: _review, ...checkedJob } = job;
      await tx.put('job', { ...checkedJob, verification, updatedAt: ctx.now });
    },
  ),

  /** Create or update a station: a desk updates its own stations and adds new ones in its counties. */
  'station.save': define(
    v.object({
      // The photo is the server's to set (server/station-photo.ts): an edit keeps the stored one.
      ...v.omit(StationSchema, [...SERVER_FIELDS, 'photo']).entries,
      /**
       * The name, address and phone as the editor saw them (on the phone, unsent edits
       * included); absent when creating. A second offline edit in a row carries the first
       * one's values, so the desk's own earlier edit is never mistaken for someone else's.
       */
      base: v.optional(v.pick(StationSchema, STATION_IDENTITY)),
      /** What apps before `base` sent: the row version the editor saw (still in old outboxes). */
      baseVersion: v.optional(v.number()),
    }),
    async (tx, { base, baseVersion, ...station }, ctx) => {
      requireRole(ctx, DESK_ROLES, 'edit stations');
      const existing = await tx.get('station', station.id);
      if (existing) await checkPlace(tx, ctx, { regionCode: existing.regionCode, stationId: existing.id });
      await checkPlace(tx, ctx, { regionCode: station.regionCode, stationId: existing && station.id });
      // What people find and call a station by is never overwritten by an older copy.
      const saved =
        ctx.server && existing ? mergeSave(existing, station, { base, baseVersion }, STATION_IDENTITY) : station;
      await tx.put(
        'station',
        checked(StationSchema, {
          ...saved,
          photo: existing?.photo,
          ...fresh(station.id, ctx),
          version: existing?.version ?? 0,
        }),
      );
    },
  ),

  'employer.register': define(v.omit(EmployerSchema, [...SERVER_FIELDS, 'verification']), async (tx, args, ctx) => {
    requireRole(ctx, STAFF_OR_EMPLOYER, 'register employers');
    if (!(await isNew(tx, 'employer', args.id, (e) => sameFields(e, args)))) return;
    await checkPlace(tx, ctx, args);
    const employer = { ...args, ...fresh(args.id, ctx), verification: { state: 'unverified' as const } };
    await tx.put('employer', checked(EmployerSchema, employer));
  }),

  'employer.verify': define(
    v.object({ id, state: v.picklist(['verified', 'rejected'] as const), method: v.picklist(VERIFICATION_METHODS) }),
    async (tx, args, ctx) => {
      requireRole(ctx, DESK_ROLES, 'verify employers');
      const employer = await mustGet(tx, 'employer', args.id);
      await checkPlace(tx, ctx, employer);
      const verification = { state: args.state, method: args.method, by: ctx.actor.userId, at: ctx.now };
      await tx.put('employer', { ...employer, verification, updatedAt: ctx.now });
    },
  ),

  'seeker.register': define(SeekerRegisterArgs, async (tx, args, ctx) => {
    // A worker registers themself; staff register the people they meet.
    const self = args.registeredBy === 'self';
    allowIf(ctx, self ? ctx.actor.role === 'worker' : isStaff(ctx.actor), `register a seeker as ${args.registeredBy}`);
    const sameCreate = (s: RecordByKind['seeker']) =>
      s.registeredByUser !== undefined &&
      s.registeredByUser === ctx.actor.userId &&
      s.registeredBy === args.registeredBy;
    if (!(await isNew(tx, 'seeker', args.id, sameCreate))) return;
    const stationId = args.stationId ?? (ctx.actor.role === 'station_staff' ? ctx.actor.stationIds[0] : undefined);
    // A desk registers people at its stations (a visitor may live anywhere); field staff
    // register the people of their counties, at a station there if they name one.
    if (ctx.actor.role === 'field_staff') await checkPlace(tx, ctx, { regionCode: args.regionCode, stationId });
    else if (stationId || ctx.actor.role === 'station_staff') {
      await checkPlace(tx, ctx, stationId ? { stationId } : { regionCode: args.regionCode });
    }
    const seeker = checked(SeekerSchema, {
      ...args,
      // Their own profile's phone is the phone they log in with, whatever the form said.
      phone: self && ctx.server ? ctx.actor.phone : args.phone,
      ...fresh(args.id, ctx),
      stationId,
      registeredByUser: ctx.actor.userId,
    });
    if (ctx.server) {
      // Two people registering one person (two field staff, offline): a review item, never a merge.
      for (const key of duplicateKeys(seeker)) {
        const twin = await tx.findFirst('seeker', key);
        if (!twin) continue;
        await openReview(tx, ctx, 'possible_duplicate', [twin, seeker], Object.values(key).join(' · '));
        break;
      }
    }
    await tx.put('seeker', seeker);
  }),

  'seeker.edit': define(
    v.object({
      id,
      patch: v.partial(v.pick(SeekerSchema, SEEKER_EDITABLE)),
      /**
       * The patched fields as the editor saw them (src/core/edits.ts): a change of name or
       * birth year someone else changed since goes to the desk.
       */
      base: v.optional(v.partial(v.pick(SeekerSchema, SEEKER_EDITABLE))),
      /** What apps before `base` sent: the row version the editor saw (still in old outboxes). */
      baseVersion: v.optional(v.number()),
      /** The person takes back what choosing 我的驿站 shared: the profile leaves that station's desk. */
      leaveStation: v.optional(v.literal(true)),
    }),
    async (tx, args, ctx) => {
      const seeker = await currentProfile(tx, args.id);
      checkActFor(ctx, seeker, 'edit this profile');
      const patch = { ...args.patch };
      // A self-registered profile's phone is its login phone: no edit changes it.
      if (seeker.registeredBy === 'self') delete patch.phone;
      if (patch.stationId !== undefined && patch.stationId !== seeker.stationId && isStaff(ctx.actor)) {
        await checkPlace(tx, ctx, { stationId: patch.stationId });
      }
      // Field staff's people live in their counties: nobody is moved out of them.
      if (
        patch.regionCode !== undefined &&
        patch.regionCode !== seeker.regionCode &&
        ctx.actor.role === 'field_staff'
      ) {
        await checkPlace(tx, ctx, { regionCode: patch.regionCode });
      }
      const sawSomething = args.base !== undefined || args.baseVersion !== undefined;
      const changedByOther = (f: keyof RecordByKind['seeker']) =>
        ctx.server && sawSomething && changedSince(seeker, args, f);
      const { accepted, fieldClock, conflicts } = lwwPatch(seeker, patch, ctx.clock, changedByOther);
      if (conflicts.length > 0) await openReview(tx, ctx, 'identity_conflict', [seeker], conflicts.join('; '));
      const next = { ...seeker, ...accepted, fieldClock, updatedAt: ctx.now };
      if (args.leaveStation) {
        // Only the person withdraws their consent; a desk moves people to another station instead.
        allowIf(ctx, ownsSeeker(ctx.actor, seeker), 'take this profile off its station');
        delete next.stationId;
        next.fieldClock = { ...fieldClock, stationId: ctx.clock };
      }
      await tx.put('seeker', checked(SeekerSchema, next));
    },
  ),

  /**
   * The desk decides a review: merge profiles into the one it chooses to keep (losing no
   * field), or say they are different people. Merging a self-registered profile with one
   * of another phone needs `identityChecked`: the desk saw the person and their ID.
   */
  'review.resolve': define(
    v.object({
      id,
      outcome: v.picklist(['merged', 'dismissed'] as const),
      /** The profile that survives a merge. */
      keep: v.optional(id),
      identityChecked: v.optional(v.boolean()),
    }),
    async (tx, args, ctx) => {
      requireRole(ctx, STAFF_ROLES, 'decide reviews');
      const review = await mustGet(tx, 'review', args.id);
      checkReviewHere(ctx, review);
      if (review.status !== 'open') return; // decided already, on another device
      const entry = { outcome: args.outcome, by: ctx.actor.userId, at: ctx.now };
      let merge: Merge | undefined;
      if (args.outcome === 'merged') {
        if (review.kind !== 'possible_duplicate') {
          throw new MutationError('INVALID', 'outcome: only possible duplicates are merged', 'outcome');
        }
        const profiles = await Promise.all(review.seekerIds.map((seekerId) => currentProfile(tx, seekerId)));
        for (const profile of profiles) checkActFor(ctx, profile, 'merge these profiles');
        const keep = profiles.find((p) => p.id === args.keep);
        if (!keep) throw new MutationError('INVALID', 'keep: choose which of the profiles to keep', 'keep');
        if (needsIdentityCheck(profiles) && !args.identityChecked) {
          throw new MutationError(
            'IDENTITY_CHECK_REQUIRED',
            'a login phone differs from the other phone: check the person’s ID in person first',
            'identityChecked',
          );
        }
        const dropped = profiles.filter((p) => p.id !== keep.id && p.id !== keep.mergedInto);
        const undo = [];
        let kept = keep;
        for (const drop of dropped) {
          const changed = await mergeInto(tx, ctx, kept, drop);
          if (changed) undo.push(changed);
          kept = (await tx.get('seeker', keep.id)) ?? kept;
        }
        merge = { keep: keep.id, dropped: dropped.map((p) => p.id), ...(ctx.mergeUndo && { undo }) };
        Object.assign(entry, { keep: keep.id, identityChecked: args.identityChecked });
      }
      await tx.put(
        'review',
        checked(ReviewSchema, {
          ...review,
          status: args.outcome,
          resolvedBy: ctx.actor.userId,
          resolvedAt: ctx.now,
          merge,
          log: [...(review.log ?? []), entry],
          updatedAt: ctx.now,
        }),
      );
    },
  ),

  /** Undo a merge (the wrong person kept, or two people after all): the review opens again. */
  'review.undoMerge': define(v.object({ id }), async (tx, args, ctx) => {
    requireRole(ctx, STAFF_ROLES, 'undo merges');
    const review = await mustGet(tx, 'review', args.id);
    checkReviewHere(ctx, review);
    const merge = review.merge;
    if (review.status !== 'merged' || !merge) throw new MutationError('NOT_MERGED', 'this review is not a merge', 'id');
    const { merge: _merge, resolvedBy: _by, resolvedAt: _at, ...rest } = review;
    const reopened = {
      ...rest,
      status: 'open' as const,
      log: [...(review.log ?? []), { outcome: 'unmerged' as const, by: ctx.actor.userId, at: ctx.now }],
      updatedAt: ctx.now,
    };
    // The device holds neither the merged-away profile nor what the merge changed: the server does the work.
    if (ctx.server) {
      const profiles = await Promise.all([merge.keep, ...merge.dropped].map((seekerId) => tx.get('seeker', seekerId)));
      for (const profile of profiles) if (profile) checkActFor(ctx, profile, 'undo this merge');
      if (!ctx.mergeUndo) throw new MutationError('CANNOT_UNDO', 'this server cannot undo merges', 'id');
      await ctx.mergeUndo.undo(tx, ctx, merge);
    }
    await tx.put('review', checked(ReviewSchema, reopened));
  }),

  'application.apply': define(
    v.object({
      id,
      jobId: id,
      seekerId: id,
      channel: v.picklist(['self', 'referral'] as const),
      stationId: v.optional(id),
    }),
    async (tx, args, ctx) => {
      if (args.channel === 'referral') requireRole(ctx, STAFF_ROLES, 'refer people to jobs');
      await checkSeeker(tx, args.seekerId, ctx, 'apply for this person');
      const sameCreate = (a: RecordByKind['application']) =>
        sameFields(a, args, ['jobId', 'seekerId']) && a.history[0]?.by === ctx.actor.userId;
      if (!(await isNew(tx, 'application', args.id, sameCreate))) return;
      // One application per (seeker, job): a second one from another device is a harmless repeat.
      if (await tx.findFirst('application', { seekerId: args.seekerId, jobId: args.jobId })) return;
      const found = await tx.get('job', args.jobId);
      if (args.channel === 'referral') await checkReferral(tx, ctx, found, args.stationId);
      const job = ctx.server ? await mustGet(tx, 'job', args.jobId) : found;
      // A worker's own application goes to the job's desk: a station named apart from it would
      // put the worker on another desk's list of 新报名.
      if (args.channel === 'self' && args.stationId !== undefined) {
        allowIf(ctx, args.stationId === job?.stationId, "send an application to a station other than the job's");
      }
      const seeker = await tx.get('seeker', args.seekerId);
      const application = {
        ...args,
        stationId: args.stationId ?? job?.stationId,
        jobOwner: job?.createdBy,
        contact: contactOf(seeker, args.channel === 'self'),
        ...fresh(args.id, ctx),
        status: 'pending' as const,
        history: [{ status: 'pending' as const, at: ctx.now, by: ctx.actor.userId }],
      };
      await tx.put('application', checked(ApplicationSchema, application));
    },
  ),

  'application.advance': define(
    v.object({
      id,
      status: v.picklist(APPLICATION_STATUSES),
      note: v.optional(v.pipe(v.string(), v.maxLength(200, 'too_long'))),
    }),
    async (tx, args, ctx) => {
      const application = await mustGet(tx, 'application', args.id);
      requireRole(ctx, STAFF_OR_EMPLOYER, 'move applications');
      if (ctx.server) {
        const allowed = mayAdvanceApplication(ctx.actor, application, await tx.get('seeker', application.seekerId));
        if (isStaff(ctx.actor)) allowHere(ctx, allowed);
        else allowIf(ctx, allowed, 'move this application');
      }
      // A status that is not ahead of the current one lost a race with a newer move: keep the newer.
      if (!isForwardApplicationMove(application.status, args.status)) return;
      const event = { status: args.status, at: ctx.now, by: ctx.actor.userId, note: args.note };
      await tx.put('application', {
        ...application,
        status: args.status,
        history: [...application.history, event],
        updatedAt: ctx.now,
      });
    },
  ),

  /**
   * Create or change a course. `answers` are the 我想学 requests it answers (站点派单): they
   * are marked answered with the course, so the people who asked see it.
   */
  'course.save': define(
    v.object({
      ...v.omit(CourseSchema, [...SERVER_FIELDS, 'enrolled', 'waitlisted']).entries,
      answers: v.optional(v.pipe(v.array(id), v.maxLength(500, 'too_many'))),
    }),
    async (tx, { answers = [], ...args }, ctx) => {
      requireRole(ctx, DESK_ROLES, 'edit courses');
      const existing = await tx.get('course', args.id);
      if (existing) await checkPlace(tx, ctx, existing);
      await checkPlace(tx, ctx, args);
      const counts = { enrolled: existing?.enrolled, waitlisted: existing?.waitlisted };
      const course = { ...args, ...counts, ...fresh(args.id, ctx), version: existing?.version ?? 0 };
      await tx.put('course', checked(CourseSchema, course));
      for (const requestId of answers) {
        const request = await mustGet(tx, 'courseRequest', requestId);
        await checkPlace(tx, ctx, request);
        if (request.status === 'answered') continue;
        const answered = { ...request, status: 'answered' as const, courseId: args.id, answeredAt: ctx.now };
        await tx.put('courseRequest', { ...answered, updatedAt: ctx.now });
      }
      // More seats move people up from the waiting list.
      if (existing && existing.capacity !== args.capacity) await settleCourse(tx, ctx, args.id);
    },
  ),

  'enrollment.enroll': define(v.object({ id, courseId: id, seekerId: id }), async (tx, args, ctx) => {
    await checkSeeker(tx, args.seekerId, ctx, 'sign up this person');
    if (!(await isNew(tx, 'enrollment', args.id, (e) => sameFields(e, args, ['courseId', 'seekerId'])))) return;
    // One live sign-up per person and course: a second from another device is a harmless repeat.
    const before = await tx.findAll('enrollment', { courseId: args.courseId, seekerId: args.seekerId });
    if (before.some((e) => e.status !== 'cancelled')) return;
    const course = await mustGet(tx, 'course', args.courseId);
    // Over capacity is a waiting list, not a refusal (SYNC.md §2.8). The server's count decides
    // (settleCourse); a phone guesses from the course's counts and the sign-ups it holds.
    const taken = Math.max(
      course.enrolled ?? 0,
      (await tx.findAll('enrollment', { courseId: course.id })).filter(holdsSeat).length,
    );
    const status = !ctx.server && taken < course.capacity ? ('enrolled' as const) : ('waitlisted' as const);
    const self = ctx.actor.role === 'worker';
    const contact = contactOf(await tx.get('seeker', args.seekerId), self);
    const enrollment = { ...args, ...fresh(args.id, ctx), stationId: course.stationId, status, contact };
    await tx.put('enrollment', checked(EnrollmentSchema, enrollment));
    await settleCourse(tx, ctx, course.id);
  }),

  /** Give the seat up: the person, staff for their people, or the course's desk. The server moves the waiting list up. */
  'enrollment.cancel': define(v.object({ id }), async (tx, args, ctx) => {
    const enrollment = await mustGet(tx, 'enrollment', args.id);
    const course = await mustGet(tx, 'course', enrollment.courseId);
    if (!mayKeepCourse(ctx.actor, course)) await checkSeeker(tx, enrollment.seekerId, ctx, 'cancel this sign-up');
    if (enrollment.status === 'cancelled') return;
    if (enrollment.status === 'completed')
      throw new MutationError('BAD_TRANSITION', 'the course is finished', 'status');
    const { position: _position, ...rest } = enrollment;
    await tx.put('enrollment', { ...rest, status: 'cancelled', updatedAt: ctx.now });
    await settleCourse(tx, ctx, course.id);
  }),

  /** The desk marks one course day for one person: each day on its own, so two phones marking offline both count. */
  'enrollment.attend': define(
    v.object({ id, day: v.pipe(count(365), v.minValue(1, 'min')), present: v.boolean() }),
    async (tx, args, ctx) => {
      const { enrollment, course } = await registerEntry(tx, ctx, args.id, 'mark attendance');
      if (args.day > course.days) throw new MutationError('INVALID', `day: the course has ${course.days} days`, 'day');
      const days = new Set(enrollment.attended ?? []);
      if (args.present) days.add(args.day);
      else days.delete(args.day);
      const attended = [...days].sort((a, b) => a - b);
      await tx.put('enrollment', { ...enrollment, attended, updatedAt: ctx.now });
    },
  ),

  /**
   * The desk signs a person off: the course's skill joins their profile's skills (a union, so
   * no edit of theirs is lost) and its points are a new ledger entry, `pointsId`, never an
   * edited total.
   */
  'enrollment.complete': define(v.object({ id, pointsId: id }), async (tx, args, ctx) => {
    const { enrollment, course } = await registerEntry(tx, ctx, args.id, 'sign people off');
    if (enrollment.status === 'completed') return;
    const points = {
      seekerId: enrollment.seekerId,
      delta: course.points,
      kind: 'attendance' as const,
      reason: `培训结业：${course.title}`.slice(0, 60),
      // The course's station keeps the entry, as it keeps the register.
      stationId: course.stationId,
    };
    if (course.points > 0 && !(await isNew(tx, 'points', args.pointsId, (p) => sameFields(p, points)))) return;
    await tx.put('enrollment', { ...enrollment, status: 'completed', updatedAt: ctx.now });
    if (course.points > 0)
      await tx.put('points', checked(PointsSchema, { ...points, ...fresh(args.pointsId, ctx), at: ctx.now }));
    // The desk's phone may not hold the person's profile; the server always does.
    const seeker = ctx.server
      ? await currentProfile(tx, enrollment.seekerId)
      : await tx.get('seeker', enrollment.seekerId);
    if (!course.skill || !seeker || seeker.skills.includes(course.skill)) return;
    const fieldClock = { ...seeker.fieldClock, skills: Math.max(seeker.fieldClock?.skills ?? 0, ctx.clock) };
    const skills = [...seeker.skills, course.skill];
    await tx.put('seeker', checked(SeekerSchema, { ...seeker, skills, fieldClock, updatedAt: ctx.now }));
  }),

  /** 我想学 (居民点单): a worker asks for training in a skill where they live; the county's desks see it. */
  'courseRequest.ask': define(
    v.object({
      ...v.pick(CourseRequestSchema, ['id', 'seekerId', 'skill', 'occupationCode']).entries,
      regionCode: townOrVillage,
    }),
    async (tx, args, ctx) => {
      await checkSeeker(tx, args.seekerId, ctx, 'ask for this person');
      if (!(await isNew(tx, 'courseRequest', args.id, (r) => sameFields(r, args)))) return;
      const request = { ...args, ...fresh(args.id, ctx), status: 'open' as const };
      await tx.put('courseRequest', checked(CourseRequestSchema, request));
    },
  ),

  /**
   * A desk publishes for its counties (at least one named); a policy for everywhere is an
   * admin's (mayPublishPolicy). An edit merges into the stored policy field by field; a field
   * someone else has changed since the editor saw it is refused STALE: a policy tells people
   * what money they may claim, so no silent overwrite.
   */
  'policy.save': define(
    v.object({
      ...v.omit(PolicySchema, [...SERVER_FIELDS, 'editedBy']).entries,
      /** The policy as the editor saw it (src/core/edits.ts); absent when creating. */
      base: v.optional(v.partial(v.pick(PolicySchema, POLICY_CONTENT))),
      /** What apps before `base` sent: the version the editor saw (still in old outboxes). */
      baseVersion: v.optional(v.number()),
    }),
    async (tx, { base, baseVersion, ...edit }, ctx) => {
      requireRole(ctx, DESK_ROLES, 'publish policies');
      const existing = await tx.get('policy', edit.id);
      if (existing) allowHere(ctx, mayPublishPolicy(ctx.actor, existing.regionCodes));
      const editedBy = ctx.actor.userId;
      let policy = edit;
      if (ctx.server && existing) {
        // Without `base`, an account's later edit (two made offline) builds on its own earlier one.
        const ownLastEdit = existing.editedBy !== undefined && existing.editedBy === editedBy;
        const seen = base ? { base } : { baseVersion: ownLastEdit ? existing.version : baseVersion };
        policy = mergeSave(existing, edit, seen, POLICY_CONTENT);
      }
      allowHere(ctx, mayPublishPolicy(ctx.actor, policy.regionCodes));
      const saved = { ...policy, ...fresh(policy.id, ctx), version: existing?.version ?? 0, editedBy };
      await tx.put('policy', checked(PolicySchema, saved));
    },
  ),

  /**
   * A desk schedules sessions where it works. A job it attaches must be in one of its counties
   * (a fair must not present another county's postings as its own); jobs attached before stay
   * linked unchecked, so a session keeps its jobs after they close or the session ends.
   */
  'event.save': define(v.omit(EventSchema, SERVER_FIELDS), async (tx, args, ctx) => {
    requireRole(ctx, DESK_ROLES, 'schedule events');
    if (args.endsAt < args.startsAt) throw new MutationError('INVALID', 'endsAt: before startsAt', 'endsAt');
    const jobIds = args.jobIds ?? [];
    if (new Set(jobIds).size !== jobIds.length) throw new MutationError('INVALID', 'jobIds: a job twice', 'jobIds');
    const existing = await tx.get('event', args.id);
    if (existing) await checkPlace(tx, ctx, existing);
    await checkPlace(tx, ctx, args);
    if (ctx.server) {
      const linked = new Set(existing?.jobIds);
      for (const jobId of jobIds.filter((j) => !linked.has(j))) {
        const job = await tx.get('job', jobId);
        if (!job || job.deleted) throw new MutationError('NOT_FOUND', `job ${jobId} not found`, 'jobIds');
        allowHere(ctx, worksAt(ctx.actor, { county: countyOf(job.regionCode) }));
      }
    }
    await tx.put('event', checked(EventSchema, { ...args, ...fresh(args.id, ctx), version: existing?.version ?? 0 }));
  }),

  'complaint.file': define(
    v.omit(ComplaintSchema, [...SERVER_FIELDS, 'status', 'history', 'filedBy', 'reporter', 'contact']),
    async (tx, input, ctx) => {
      const args = { ...input };
      const job = await feeReportJob(tx, args, ctx);
      if (job) {
        // A report goes to the desk of the job's own place, whatever the device said.
        Object.assign(args, { regionCode: job.regionCode, stationId: job.stationId, employerName: job.employerName });
      }
      // Anyone may complain without giving a name; a named complaint needs the person's account or a desk.
      if (args.seekerId && !args.anonymous) await checkSeeker(tx, args.seekerId, ctx, 'complain for this person');
      allowIf(ctx, args.anonymous || ctx.actor.role !== 'anonymous', 'file a named complaint without logging in');
      if (ctx.server && args.anonymous && args.seekerId) {
        // An anonymous complaint may name only the filer's own profile (or, for staff, their person).
        const seeker = await tx.get('seeker', args.seekerId);
        if (!seeker || !mayActForSeeker(ctx.actor, seeker)) delete args.seekerId;
      }
      for (const day of args.worklog?.days ?? []) checkDay(day, ctx.now);
      const filedBy = args.anonymous ? undefined : ctx.actor.userId;
      const sameCreate = (c: RecordByKind['complaint']) => c.filedBy === filedBy && sameFields(c, args);
      if (!(await isNew(tx, 'complaint', args.id, sameCreate))) return;
      // Asking for help by name is asking to be called: the desk gets the person's name and phone.
      const named = args.seekerId && !args.anonymous ? await tx.get('seeker', args.seekerId) : undefined;
      const contact = contactOf(named, true);
      const reporter = job && ctx.server ? reporterOf(ctx) : undefined;
      const earlier = job && ctx.server ? await feeReportsOf(tx, job) : [];
      // Reporting a job again (ten taps, another phone of the same account) is one report.
      if (reporter && earlier.some((r) => r.reporter === reporter)) return;
      const complaint = {
        ...args,
        ...fresh(args.id, ctx),
        status: 'submitted' as const,
        history: [{ status: 'submitted' as const, at: ctx.now }],
        filedBy,
        contact,
        reporter,
      };
      await tx.put('complaint', checked(ComplaintSchema, complaint));
      if (job && ctx.server) {
        const feeReports = countReporters([...earlier, complaint]);
        const feeReview = job.feeReview || feeReports >= FEE_REPORTS_FOR_REVIEW;
        if (feeReports !== job.feeReports || feeReview !== job.feeReview) {
          await tx.put('job', { ...job, feeReports, feeReview, updatedAt: ctx.now });
        }
      }
    },
  ),

  'complaint.advance': define(
    v.object({
      id,
      status: v.picklist(COMPLAINT_STATUSES),
      note: v.optional(v.pipe(v.string(), v.maxLength(200, 'too_long'))),
    }),
    async (tx, args, ctx) => {
      requireRole(ctx, DESK_ROLES, 'handle complaints');
      const complaint = await mustGet(tx, 'complaint', args.id);
      allowHere(ctx, handlesComplaint(ctx.actor, complaint));
      if (COMPLAINT_STATUSES.indexOf(args.status) <= COMPLAINT_STATUSES.indexOf(complaint.status)) return;
      const event = { status: args.status, at: ctx.now, by: ctx.actor.userId, note: args.note };
      await tx.put('complaint', {
        ...complaint,
        status: args.status,
        history: [...complaint.history, event],
        updatedAt: ctx.now,
      });
    },
  ),

  /** Comments only ever append (SYNC.md §2.8): two people writing offline both keep their words. */
  'complaint.comment': define(
    v.object({ id, note: v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(200, 'too_long')) }),
    async (tx, args, ctx) => {
      const complaint = await mustGet(tx, 'complaint', args.id);
      const isFiler = complaint.filedBy !== undefined && complaint.filedBy === ctx.actor.userId;
      if (!isFiler) {
        requireRole(ctx, DESK_ROLES, 'comment on this complaint');
        allowHere(ctx, handlesComplaint(ctx.actor, complaint));
      }
      const event = { status: complaint.status, at: ctx.now, by: ctx.actor.userId, note: args.note };
      await tx.put('complaint', { ...complaint, history: [...complaint.history, event], updatedAt: ctx.now });
    },
  ),

  'workday.log': define(WorkdayArgs, async (tx, args, ctx) => {
    requireRole(ctx, WORKLOG_ROLES, 'keep a work log');
    const ownerId = ctx.actor.userId;
    // Even on the phone: a day nobody owns could never be sent or read back.
    if (!ownerId) throw new MutationError('LOGIN_REQUIRED', 'log in to keep a work log');
    if (!(await isNew(tx, 'workday', args.id, (day) => day.ownerId === ownerId))) return;
    checkDay(args, ctx.now);
    await tx.put('workday', checked(WorkdaySchema, { ...args, ...fresh(args.id, ctx), ownerId }));
  }),

  'workday.edit': define(
    v.object({ id, patch: v.partial(v.pick(WorkdaySchema, WORKDAY_EDITABLE)) }),
    async (tx, args, ctx) => {
      const day = await mustGet(tx, 'workday', args.id);
      checkOwnDay(ctx, day, 'change another person’s work log');
      const next = { ...day, ...args.patch, updatedAt: ctx.now };
      checkDay(next, ctx.now);
      await tx.put('workday', checked(WorkdaySchema, next));
    },
  ),

  'workday.remove': define(v.object({ id }), async (tx, args, ctx) => {
    const day = await mustGet(tx, 'workday', args.id);
    checkOwnDay(ctx, day, 'delete another person’s work log');
    await tx.put('workday', { ...day, deleted: true, updatedAt: ctx.now });
  }),

  'visit.log': define(v.omit(VisitSchema, [...SERVER_FIELDS, 'checkInDay']), async (tx, args, ctx) => {
    requireRole(ctx, STAFF_ROLES, 'log walk-ins');
    if (!(await isNew(tx, 'visit', args.id, (visit) => sameFields(visit, args)))) return;
    await checkPlace(tx, ctx, { stationId: args.stationId });
    if (args.seekerId) await checkSeeker(tx, args.seekerId, ctx, 'log a walk-in for this person');
    await tx.put('visit', checked(VisitSchema, { ...args, ...fresh(args.id, ctx) }));
  }),

  /**
   * A worker checks in at a station's door by scanning its code (src/core/job-link.ts ›
   * checkInUrl), on their own phone, offline if need be. One check-in counts per person,
   * station and day in China: another that day, from this phone or another, changes nothing.
   * It earns no points: a station has no setting that awards them for coming in.
   */
  'visit.checkIn': define(
    v.object({ id, stationId: id, seekerId: id, services: VisitSchema.entries.services }),
    async (tx, args, ctx) => {
      requireRole(ctx, CHECK_IN_ROLES, 'check in at a station');
      await checkSeeker(tx, args.seekerId, ctx, 'check in as another person');
      if (!(await isNew(tx, 'visit', args.id, (visit) => sameFields(visit, args)))) return;
      await mustGet(tx, 'station', args.stationId);
      const day = chinaDay(ctx.clock);
      // A back-dated check-in would swell a station's figures; a phone offline for weeks still gets through.
      if (ctx.server && day < chinaDay(ctx.now) - CHECK_IN_MAX_AGE_DAYS) {
        throw new MutationError('INVALID', `at: more than ${CHECK_IN_MAX_AGE_DAYS} days ago`, 'at');
      }
      const sameDay = { stationId: args.stationId, seekerId: args.seekerId, checkInDay: day };
      if (await tx.findFirst('visit', sameDay)) return;
      await tx.put('visit', checked(VisitSchema, { ...args, ...fresh(args.id, ctx), at: ctx.clock, checkInDay: day }));
    },
  ),

  /**
   * One entry of a person's points ledger, by their desk: earned (attendance, checked work,
   * registering others) or spent (兑换: a training seat, the station's goods). Bounded per
   * entry and per day, and never below a zero balance, by the server's sum.
   */
  'points.award': define(
    v.object({
      id,
      seekerId: id,
      kind: v.picklist(POINTS_KINDS),
      reason: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(60, 'too_long'))),
      delta: v.pipe(
        v.number(),
        v.integer('integer'),
        v.minValue(-POINTS_PER_AWARD, 'min'),
        v.maxValue(POINTS_PER_AWARD, 'max'),
        v.notValue(0, 'invalid'),
      ),
    }),
    async (tx, args, ctx) => {
      requireRole(ctx, DESK_ROLES, 'award points');
      await checkSeeker(tx, args.seekerId, ctx, 'award points to this person');
      checkPointsSign(args.kind, args.delta);
      if (!(await isNew(tx, 'points', args.id, (points) => sameFields(points, args)))) return;
      const entry = checked(PointsSchema, {
        ...args,
        ...fresh(args.id, ctx),
        stationId: pointsStation(ctx.actor, await tx.get('seeker', args.seekerId)),
        at: ctx.clock,
      });
      await checkPointsCaps(tx, entry);
      await tx.put('points', entry);
    },
  ),

  /**
   * 村务公告: the desk printed these postings for one notice board. The board is in the
   * station's county (a desk posts on its own villages' boards), and every job must exist,
   * so the take-down list never names a posting nobody can look up.
   */
  'boardPrint.log': define(
    v.omit(BoardPrintSchema, [...SERVER_FIELDS, 'printedAt', 'printedBy', 'takenDown']),
    async (tx, args, ctx) => {
      requireRole(ctx, DESK_ROLES, 'log notice-board prints');
      if (!(await isNew(tx, 'boardPrint', args.id, (print) => sameFields(print, args)))) return;
      const station = await mustGet(tx, 'station', args.stationId);
      await checkPlace(tx, ctx, { regionCode: args.regionCode, stationId: args.stationId });
      allowHere(ctx, countyOf(args.regionCode) === countyOf(station.regionCode));
      if (ctx.server) for (const jobId of args.jobIds) await mustGet(tx, 'job', jobId);
      await tx.put(
        'boardPrint',
        checked(BoardPrintSchema, {
          ...args,
          ...fresh(args.id, ctx),
          printedAt: ctx.clock,
          printedBy: ctx.actor.userId,
        }),
      );
    },
  ),

  /**
   * 已撕下: a closed job's sheet came off a board. It names every print of that board with the
   * job (the same posting may have been printed twice); each only gains the job, so two desks
   * taking sheets down at once both count, and doing it again changes nothing.
   */
  'boardPrint.takeDown': define(
    v.object({ ids: v.pipe(v.array(id), v.minLength(1, 'required'), v.maxLength(50, 'too_many')), jobId: id }),
    async (tx, { ids, jobId }, ctx) => {
      requireRole(ctx, DESK_ROLES, 'take notice-board sheets down');
      for (const printId of ids) {
        const print = await mustGet(tx, 'boardPrint', printId);
        await checkPlace(tx, ctx, { regionCode: print.regionCode, stationId: print.stationId });
        if (!print.jobIds.includes(jobId))
          throw new MutationError('NOT_FOUND', 'that job was not printed here', 'jobId');
        const takenDown = print.takenDown ?? [];
        if (takenDown.includes(jobId)) continue;
        await tx.put('boardPrint', { ...print, takenDown: [...takenDown, jobId], updatedAt: ctx.now });
      }
    },
  ),
} as const;

export type MutatorName = keyof typeof mutators;
export type MutatorArgs<N extends MutatorName> = (typeof mutators)[N] extends Mutator<infer A> ? A : never;
export const MUTATOR_NAMES = Object.keys(mutators) as MutatorName[];

export function isMutatorName(name: string): name is MutatorName {
  return Object.hasOwn(mutators, name);
}

/**
 * Validate and run one named mutation. Throws MutationError for anything the user can fix
 * or that the rules forbid; the caller turns that into a rejected (quarantined) mutation.
 */
export async function runMutation(tx: MutationTx, name: string, args: unknown, ctx: MutationContext): Promise<void> {
  if (!isMutatorName(name)) throw new MutationError('UNKNOWN_MUTATOR', `no mutator named ${name}`, 'name');
  const mutator = mutators[name] as Mutator<unknown>;
  const parsed = validate(mutator.args, args);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    throw new MutationError('INVALID', parsed.errors.map((e) => e.message).join('; '), `args.${first.field}`);
  }
  await mutator.apply(tx, parsed.value, ctx);
}
