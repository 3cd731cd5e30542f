/**
 * Named mutators: every write a user makes is one of these intents. The client runs them
 * optimistically against Dexie; the server re-runs the same code with authority
 * (`ctx.server`) against PostgreSQL. What the server decides is what everyone ends up with.
 */
import * as v from 'valibot';
import { id } from './fields';
import {
  APPLICATION_STATUSES,
  ApplicationSchema,
  COMPLAINT_STATUSES,
  ComplaintSchema,
  CourseSchema,
  EmployerSchema,
  EnrollmentSchema,
  EventSchema,
  JOB_STATUSES,
  JobSchema,
  type Kind,
  PointsSchema,
  PolicySchema,
  type RecordByKind,
  ReviewSchema,
  SeekerSchema,
  StationSchema,
  VERIFICATION_METHODS,
  VisitSchema,
} from './records';
import {
  type Actor,
  DESK_ROLES,
  isStaff,
  mayActForSeeker,
  mayAdvanceApplication,
  mayEditJob,
  type Role,
  STAFF_OR_EMPLOYER,
  STAFF_ROLES,
} from './access';
import { uuidv7 } from './ids';
import { duplicateKeys, lwwPatch, mergeProfiles } from './seekers';
import { canMoveJob, isForwardApplicationMove, postingFlags } from './rules';
import { MutationError, validate } from './validation';

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

/** On the server the seeker must exist and the account must be allowed to act for them. */
async function checkSeeker(tx: MutationTx, seekerId: string, ctx: MutationContext, what: string): Promise<void> {
  if (!ctx.server) return;
  const seeker = await tx.get('seeker', seekerId);
  if (!seeker || seeker.deleted) throw new MutationError('NOT_FOUND', `seeker ${seekerId} not found`, 'seekerId');
  allowIf(ctx, mayActForSeeker(ctx.actor, seeker), what);
}

async function mustGet<K extends Kind>(tx: MutationTx, kind: K, recordId: string): Promise<RecordByKind[K]> {
  const found = await tx.get(kind, recordId);
  if (!found || found.deleted) throw new MutationError('NOT_FOUND', `${kind} ${recordId} not found`, 'id');
  return found;
}

async function mustBeNew(tx: MutationTx, kind: Kind, recordId: string): Promise<void> {
  if (await tx.get(kind, recordId)) throw new MutationError('EXISTS', `${kind} ${recordId} already exists`, 'id');
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

/** Fold `drop` into `keep`: fields filled in, the person's records re-pointed, `drop` deleted. */
async function mergeInto(
  tx: MutationTx,
  ctx: MutationContext,
  keep: RecordByKind['seeker'],
  drop: RecordByKind['seeker'],
) {
  await tx.put('seeker', checked(SeekerSchema, { ...mergeProfiles(keep, drop), updatedAt: ctx.now }));
  await tx.put('seeker', { ...drop, deleted: true, mergedInto: keep.id, updatedAt: ctx.now });
  for (const kind of ['application', 'enrollment', 'complaint', 'points'] as const) {
    for (const record of await tx.findAll(kind, { seekerId: drop.id })) {
      await tx.put(kind, { ...record, seekerId: keep.id, updatedAt: ctx.now });
    }
  }
}

const DAY_MS = 86_400_000;
const JOB_LIFETIME_MS = 30 * DAY_MS;

const JobPostArgs = v.omit(JobSchema, [...SERVER_FIELDS, 'flags', 'status', 'verification', 'postedAt', 'createdBy']);
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

export const mutators = {
  'job.post': define(JobPostArgs, async (tx, args, ctx) => {
    requireRole(ctx, STAFF_OR_EMPLOYER, 'post jobs');
    await mustBeNew(tx, 'job', args.id);
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
      /** The version the editor saw; critical fields changed since then make the edit stale. */
      baseVersion: v.number(),
      patch: v.partial(v.pick(JobSchema, JOB_EDITABLE)),
    }),
    async (tx, args, ctx) => {
      const job = await mustGet(tx, 'job', args.id);
      allowIf(ctx, mayEditJob(ctx.actor, job), 'edit this job');
      if (job.status === 'closed') throw new MutationError('JOB_CLOSED', 'job is closed', 'status');
      if (ctx.server && job.version > args.baseVersion) {
        const stale = JOB_CRITICAL.find((f) => f in args.patch);
        if (stale) throw new MutationError('STALE', `${stale}: changed by someone else since you opened it`, stale);
      }
      const next = { ...job, ...args.patch, updatedAt: ctx.now };
      checkWageRange(next);
      next.flags = postingFlags(next.title, next.description, next.requirements);
      await tx.put('job', checked(JobSchema, next));
    },
  ),

  'job.setStatus': define(v.object({ id, status: v.picklist(JOB_STATUSES) }), async (tx, args, ctx) => {
    const job = await mustGet(tx, 'job', args.id);
    allowIf(ctx, mayEditJob(ctx.actor, job), 'change this job');
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
      const verification = {
        state: args.state,
        method: args.method,
        by: ctx.actor.userId,
        at: ctx.now,
        note: args.note,
      };
      await tx.put('job', { ...job, verification, updatedAt: ctx.now });
    },
  ),

  'station.save': define(
    v.object({
      ...v.omit(StationSchema, SERVER_FIELDS).entries,
      /** The version the editor saw; absent when creating. */
      baseVersion: v.optional(v.number()),
    }),
    async (tx, { baseVersion, ...station }, ctx) => {
      requireRole(ctx, DESK_ROLES, 'edit stations');
      const existing = await tx.get('station', station.id);
      if (ctx.server && existing && existing.version > (baseVersion ?? 0)) {
        // What people find and call a station by must not be overwritten by an older copy.
        const stale = STATION_IDENTITY.find((f) => station[f] !== existing[f]);
        if (stale) throw new MutationError('STALE', `${stale}: changed by someone else since you opened it`, stale);
      }
      await tx.put(
        'station',
        checked(StationSchema, { ...station, ...fresh(station.id, ctx), version: existing?.version ?? 0 }),
      );
    },
  ),

  'employer.register': define(v.omit(EmployerSchema, [...SERVER_FIELDS, 'verification']), async (tx, args, ctx) => {
    requireRole(ctx, STAFF_OR_EMPLOYER, 'register employers');
    await mustBeNew(tx, 'employer', args.id);
    const employer = { ...args, ...fresh(args.id, ctx), verification: { state: 'unverified' as const } };
    await tx.put('employer', checked(EmployerSchema, employer));
  }),

  'employer.verify': define(
    v.object({ id, state: v.picklist(['verified', 'rejected'] as const), method: v.picklist(VERIFICATION_METHODS) }),
    async (tx, args, ctx) => {
      requireRole(ctx, DESK_ROLES, 'verify employers');
      const employer = await mustGet(tx, 'employer', args.id);
      const verification = { state: args.state, method: args.method, by: ctx.actor.userId, at: ctx.now };
      await tx.put('employer', { ...employer, verification, updatedAt: ctx.now });
    },
  ),

  'seeker.register': define(SeekerRegisterArgs, async (tx, args, ctx) => {
    // A worker registers themself; staff register the people they meet.
    const allowed = args.registeredBy === 'self' ? ctx.actor.role === 'worker' : isStaff(ctx.actor);
    allowIf(ctx, allowed, `register a seeker as ${args.registeredBy}`);
    await mustBeNew(tx, 'seeker', args.id);
    const stationId = args.stationId ?? (ctx.actor.role === 'station_staff' ? ctx.actor.stationIds[0] : undefined);
    const seeker = checked(SeekerSchema, {
      ...args,
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
      /** The version the editor saw; identity changes on an older one go to the desk. */
      baseVersion: v.optional(v.number()),
    }),
    async (tx, args, ctx) => {
      const seeker = await currentProfile(tx, args.id);
      allowIf(ctx, mayActForSeeker(ctx.actor, seeker), 'edit this profile');
      const stale = ctx.server && args.baseVersion !== undefined && seeker.version > args.baseVersion;
      const { accepted, fieldClock, conflicts } = lwwPatch(seeker, args.patch, ctx.clock, stale);
      if (conflicts.length > 0) await openReview(tx, ctx, 'identity_conflict', [seeker], conflicts.join('; '));
      await tx.put('seeker', checked(SeekerSchema, { ...seeker, ...accepted, fieldClock, updatedAt: ctx.now }));
    },
  ),

  /** The desk decides a review: merge two profiles into one (losing no field), or dismiss it. */
  'review.resolve': define(
    v.object({ id, outcome: v.picklist(['merged', 'dismissed'] as const), keep: v.optional(id) }),
    async (tx, args, ctx) => {
      requireRole(ctx, STAFF_ROLES, 'decide reviews');
      const review = await mustGet(tx, 'review', args.id);
      if (review.status !== 'open') return; // decided already, on another device
      if (args.outcome === 'merged') {
        const profiles = await Promise.all(review.seekerIds.map((seekerId) => currentProfile(tx, seekerId)));
        for (const profile of profiles) allowIf(ctx, mayActForSeeker(ctx.actor, profile), 'merge these profiles');
        const keep =
          profiles.find((p) => p.id === args.keep) ?? profiles.find((p) => p.registeredBy === 'self') ?? profiles[0];
        for (const drop of profiles.filter((p) => p.id !== keep.id)) await mergeInto(tx, ctx, keep, drop);
      }
      await tx.put('review', {
        ...review,
        status: args.outcome,
        resolvedBy: ctx.actor.userId,
        resolvedAt: ctx.now,
        updatedAt: ctx.now,
      });
    },
  ),

  'application.apply': define(
    v.object({
      id,
      jobId: id,
      seekerId: id,
      channel: v.picklist(['self', 'referral'] as const),
      stationId: v.optional(id),
    }),
    async (tx, args, ctx) => {
      // One application per (seeker, job): a second one from another device is a harmless repeat.
      await checkSeeker(tx, args.seekerId, ctx, 'apply for this person');
      if (await tx.findFirst('application', { seekerId: args.seekerId, jobId: args.jobId })) return;
      const job = ctx.server ? await mustGet(tx, 'job', args.jobId) : await tx.get('job', args.jobId);
      const seeker = await tx.get('seeker', args.seekerId);
      const sharePhone = args.channel === 'self' || seeker?.consentShareContact;
      const application = {
        ...args,
        stationId: args.stationId ?? job?.stationId,
        jobOwner: job?.createdBy,
        contact: seeker && { name: seeker.name, phone: sharePhone ? seeker.phone : undefined },
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
      allowIf(ctx, mayAdvanceApplication(ctx.actor, application), 'move this application');
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

  'course.save': define(v.omit(CourseSchema, SERVER_FIELDS), async (tx, args, ctx) => {
    requireRole(ctx, DESK_ROLES, 'edit courses');
    const existing = await tx.get('course', args.id);
    await tx.put('course', checked(CourseSchema, { ...args, ...fresh(args.id, ctx), version: existing?.version ?? 0 }));
  }),

  'enrollment.enroll': define(v.object({ id, courseId: id, seekerId: id }), async (tx, args, ctx) => {
    await checkSeeker(tx, args.seekerId, ctx, 'sign up this person');
    if (await tx.findFirst('enrollment', { courseId: args.courseId, seekerId: args.seekerId })) return;
    const course = await mustGet(tx, 'course', args.courseId);
    // Over capacity is a waiting list, not a refusal (SYNC.md §2.8); the server's count decides.
    const taken = await tx.count('enrollment', { courseId: args.courseId, status: 'enrolled' });
    const status = taken >= course.capacity ? ('waitlisted' as const) : ('enrolled' as const);
    const enrollment = { ...args, ...fresh(args.id, ctx), stationId: course.stationId, status };
    await tx.put('enrollment', checked(EnrollmentSchema, enrollment));
  }),

  'policy.save': define(v.omit(PolicySchema, SERVER_FIELDS), async (tx, args, ctx) => {
    requireRole(ctx, DESK_ROLES, 'publish policies');
    const existing = await tx.get('policy', args.id);
    await tx.put('policy', checked(PolicySchema, { ...args, ...fresh(args.id, ctx), version: existing?.version ?? 0 }));
  }),

  'event.save': define(v.omit(EventSchema, SERVER_FIELDS), async (tx, args, ctx) => {
    requireRole(ctx, DESK_ROLES, 'schedule events');
    if (args.endsAt < args.startsAt) throw new MutationError('INVALID', 'endsAt: before startsAt', 'endsAt');
    const existing = await tx.get('event', args.id);
    await tx.put('event', checked(EventSchema, { ...args, ...fresh(args.id, ctx), version: existing?.version ?? 0 }));
  }),

  'complaint.file': define(
    v.omit(ComplaintSchema, [...SERVER_FIELDS, 'status', 'history', 'filedBy']),
    async (tx, args, ctx) => {
      // Anyone may complain without giving a name; a named complaint needs the person's account or a desk.
      if (args.seekerId && !args.anonymous) await checkSeeker(tx, args.seekerId, ctx, 'complain for this person');
      allowIf(ctx, args.anonymous || ctx.actor.role !== 'anonymous', 'file a named complaint without logging in');
      await mustBeNew(tx, 'complaint', args.id);
      const complaint = {
        ...args,
        ...fresh(args.id, ctx),
        status: 'submitted' as const,
        history: [{ status: 'submitted' as const, at: ctx.now }],
        filedBy: args.anonymous ? undefined : ctx.actor.userId,
      };
      await tx.put('complaint', checked(ComplaintSchema, complaint));
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
      allowIf(ctx, isFiler || DESK_ROLES.includes(ctx.actor.role), 'comment on this complaint');
      const event = { status: complaint.status, at: ctx.now, by: ctx.actor.userId, note: args.note };
      await tx.put('complaint', { ...complaint, history: [...complaint.history, event], updatedAt: ctx.now });
    },
  ),

  'visit.log': define(v.omit(VisitSchema, SERVER_FIELDS), async (tx, args, ctx) => {
    requireRole(ctx, STAFF_ROLES, 'log walk-ins');
    await mustBeNew(tx, 'visit', args.id);
    await tx.put('visit', checked(VisitSchema, { ...args, ...fresh(args.id, ctx) }));
  }),

  'points.award': define(v.omit(PointsSchema, SERVER_FIELDS), async (tx, args, ctx) => {
    requireRole(ctx, DESK_ROLES, 'award points');
    await mustBeNew(tx, 'points', args.id);
    await tx.put('points', checked(PointsSchema, { ...args, ...fresh(args.id, ctx) }));
  }),
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
