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
  MERGE_MOVES,
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
  DESK_ROLES,
  handles,
  isStaff,
  mayActForSeeker,
  mayAdvanceApplication,
  type Role,
  STAFF_OR_EMPLOYER,
  STAFF_ROLES,
  WORKLOG_ROLES,
  worksAt,
} from './access';
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
  return fields.every((f) => JSON.stringify(a[f]) === JSON.stringify(b[f]));
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
      /** The version the editor saw; critical fields changed since then make the edit stale. */
      baseVersion: v.number(),
      patch: v.partial(v.pick(JobSchema, JOB_EDITABLE)),
    }),
    async (tx, args, ctx) => {
      const job = await mustGet(tx, 'job', args.id);
      await checkJobChange(tx, ctx, job, 'edit this job');
      if (job.status === 'closed') throw new MutationError('JOB_CLOSED', 'job is closed', 'status');
      if (ctx.server && job.version > args.baseVersion) {
        const stale = JOB_CRITICAL.find((f) => f in args.patch);
        if (stale) throw new MutationError('STALE', `${stale}: changed by someone else since you opened it`, stale);
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
      await tx.put('job', { ...job, verification, updatedAt: ctx.now });
    },
  ),

  /** Create or update a station: a desk updates its own stations and adds new ones in its counties. */
  'station.save': define(
    v.object({
      ...v.omit(StationSchema, SERVER_FIELDS).entries,
      /** The version the editor saw; absent when creating. */
      baseVersion: v.optional(v.number()),
    }),
    async (tx, { baseVersion, ...station }, ctx) => {
      requireRole(ctx, DESK_ROLES, 'edit stations');
      const existing = await tx.get('station', station.id);
      if (existing) await checkPlace(tx, ctx, { regionCode: existing.regionCode, stationId: existing.id });
      await checkPlace(tx, ctx, { regionCode: station.regionCode, stationId: existing && station.id });
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
    // Staff register people at their stations; field staff may meet someone from elsewhere (reg:u keeps them).
    if (stationId || ctx.actor.role === 'station_staff') {
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
      /** The version the editor saw; identity changes on an older one go to the desk. */
      baseVersion: v.optional(v.number()),
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
      const stale = ctx.server && args.baseVersion !== undefined && seeker.version > args.baseVersion;
      const { accepted, fieldClock, conflicts } = lwwPatch(seeker, patch, ctx.clock, stale);
      if (conflicts.length > 0) await openReview(tx, ctx, 'identity_conflict', [seeker], conflicts.join('; '));
      await tx.put('seeker', checked(SeekerSchema, { ...seeker, ...accepted, fieldClock, updatedAt: ctx.now }));
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
      await checkSeeker(tx, args.seekerId, ctx, 'apply for this person');
      const sameCreate = (a: RecordByKind['application']) =>
        sameFields(a, args, ['jobId', 'seekerId']) && a.history[0]?.by === ctx.actor.userId;
      if (!(await isNew(tx, 'application', args.id, sameCreate))) return;
      // One application per (seeker, job): a second one from another device is a harmless repeat.
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

  'course.save': define(v.omit(CourseSchema, SERVER_FIELDS), async (tx, args, ctx) => {
    requireRole(ctx, DESK_ROLES, 'edit courses');
    const existing = await tx.get('course', args.id);
    if (existing) await checkPlace(tx, ctx, existing);
    await checkPlace(tx, ctx, args);
    await tx.put('course', checked(CourseSchema, { ...args, ...fresh(args.id, ctx), version: existing?.version ?? 0 }));
  }),

  'enrollment.enroll': define(v.object({ id, courseId: id, seekerId: id }), async (tx, args, ctx) => {
    await checkSeeker(tx, args.seekerId, ctx, 'sign up this person');
    if (!(await isNew(tx, 'enrollment', args.id, (e) => sameFields(e, args)))) return;
    if (await tx.findFirst('enrollment', { courseId: args.courseId, seekerId: args.seekerId })) return;
    const course = await mustGet(tx, 'course', args.courseId);
    // Over capacity is a waiting list, not a refusal (SYNC.md §2.8); the server's count decides.
    const taken = await tx.count('enrollment', { courseId: args.courseId, status: 'enrolled' });
    const status = taken >= course.capacity ? ('waitlisted' as const) : ('enrolled' as const);
    const enrollment = { ...args, ...fresh(args.id, ctx), stationId: course.stationId, status };
    await tx.put('enrollment', checked(EnrollmentSchema, enrollment));
  }),

  /** A desk publishes for its counties (at least one named); a policy for everywhere is an admin's. */
  'policy.save': define(v.omit(PolicySchema, SERVER_FIELDS), async (tx, args, ctx) => {
    requireRole(ctx, DESK_ROLES, 'publish policies');
    const existing = await tx.get('policy', args.id);
    const covered = (regionCodes: readonly string[]) =>
      regionCodes.length > 0 && regionCodes.every((code) => worksAt(ctx.actor, { county: countyOf(code) }));
    if (isStaff(ctx.actor) && ctx.actor.role !== 'admin') {
      if (existing) allowHere(ctx, covered(existing.regionCodes));
      allowHere(ctx, covered(args.regionCodes));
    }
    await tx.put('policy', checked(PolicySchema, { ...args, ...fresh(args.id, ctx), version: existing?.version ?? 0 }));
  }),

  'event.save': define(v.omit(EventSchema, SERVER_FIELDS), async (tx, args, ctx) => {
    requireRole(ctx, DESK_ROLES, 'schedule events');
    if (args.endsAt < args.startsAt) throw new MutationError('INVALID', 'endsAt: before startsAt', 'endsAt');
    const existing = await tx.get('event', args.id);
    if (existing) await checkPlace(tx, ctx, existing);
    await checkPlace(tx, ctx, args);
    await tx.put('event', checked(EventSchema, { ...args, ...fresh(args.id, ctx), version: existing?.version ?? 0 }));
  }),

  'complaint.file': define(
    v.omit(ComplaintSchema, [...SERVER_FIELDS, 'status', 'history', 'filedBy']),
    async (tx, input, ctx) => {
      const args = { ...input };
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
      const complaint = {
        ...args,
        ...fresh(args.id, ctx),
        status: 'submitted' as const,
        history: [{ status: 'submitted' as const, at: ctx.now }],
        filedBy,
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

  'visit.log': define(v.omit(VisitSchema, SERVER_FIELDS), async (tx, args, ctx) => {
    requireRole(ctx, STAFF_ROLES, 'log walk-ins');
    if (!(await isNew(tx, 'visit', args.id, (visit) => sameFields(visit, args)))) return;
    await checkPlace(tx, ctx, { stationId: args.stationId });
    if (args.seekerId) await checkSeeker(tx, args.seekerId, ctx, 'log a walk-in for this person');
    await tx.put('visit', checked(VisitSchema, { ...args, ...fresh(args.id, ctx) }));
  }),

  /** Points for a course finished or a job done; bounded per award, always with a reason. */
  'points.award': define(
    v.object({
      ...v.omit(PointsSchema, SERVER_FIELDS).entries,
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
      if (!(await isNew(tx, 'points', args.id, (points) => sameFields(points, args)))) return;
      await tx.put('points', checked(PointsSchema, { ...args, ...fresh(args.id, ctx) }));
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
