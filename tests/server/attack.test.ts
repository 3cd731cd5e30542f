/**
 * Issue 9, from outside: an attacker holding ordinary accounts (a worker, a desk of another
 * station, field staff of another county) sends hand-made pushes. Each refusal here is a
 * hole that was open once: forged ids that overwrite, mutation ids that answer for another
 * account, staff writing outside their place, merges that hand a person's record to an
 * impostor, anonymous complaints naming someone. docs/ACCESS.md is the table these hold.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountView } from '../../src/core/auth';
import { uuidv7 } from '../../src/core/ids';
import { CHECK_IN_MAX_AGE_DAYS, chinaDay, type MutatorArgs, type MutatorName } from '../../src/core/mutators';
import { type MutationResult, PULL_PATH, PUSH_PATH, type PullResponse, SCHEMA_VERSION } from '../../src/core/protocol';
import { decodeRows } from '../../src/core/protocol';
import type { AnyRecord, Kind, RecordByKind, Station } from '../../src/core/records';
import { createApp } from '../../server/app';
import type { Database } from '../../server/db/database';
import { readRecord, writeRecords } from '../../server/sync/record-store';
import { type StationChanges, stationEdit } from '../../src/features/stations/edit';
import { jobPostArgs, seekerRegisterArgs, station } from '../fixtures/records';
import { bearer, makeAccount } from '../support/accounts';
import { DATABASES, openApp, postJson, pushOne, type Sender, type TestApp } from './databases';

describe.each(DATABASES)('attacks on the sync API on $name', (database) => {
  let db: Database;
  let app: TestApp;
  let stationA: Station;
  let stationB: Station;
  let accounts: Record<
    'deskA' | 'deskB' | 'fieldA' | 'fieldB' | 'worker1' | 'worker2' | 'employer' | 'admin',
    AccountView
  >;
  let senders: Record<keyof typeof accounts | 'nobody', Sender>;

  beforeEach(async () => {
    ({ db, app } = await openApp(database));
    stationA = station({ regionCode: '630103100' });
    stationB = station({ regionCode: '150525100', name: '大沁他拉镇零工驿站' });
    await db.transaction((tx) =>
      writeRecords(tx, [
        { kind: 'station', record: stationA },
        { kind: 'station', record: stationB },
      ]),
    );
    accounts = {
      deskA: await makeAccount(db, 'station_staff', { stationIds: [stationA.id], counties: ['630103'] }),
      deskB: await makeAccount(db, 'station_staff', { stationIds: [stationB.id], counties: ['150525'] }),
      fieldA: await makeAccount(db, 'field_staff', { counties: ['630103'] }),
      fieldB: await makeAccount(db, 'field_staff', { counties: ['150525'] }),
      worker1: await makeAccount(db, 'worker'),
      worker2: await makeAccount(db, 'worker'),
      employer: await makeAccount(db, 'employer'),
      admin: await makeAccount(db, 'admin'),
    };
    const entries = await Promise.all(
      Object.entries(accounts).map(async ([name, account]) => {
        const clientId = uuidv7();
        return [name, { headers: await bearer(app, account, clientId), clientId, seq: 0 }] as const;
      }),
    );
    senders = { ...Object.fromEntries(entries), nobody: { headers: {}, clientId: uuidv7(), seq: 0 } } as typeof senders;
  });
  afterEach(async () => {
    await db.close();
  });

  /** One mutation, pushed by `who` as the next in its sequence; the server's answer to it. */
  async function send<N extends MutatorName>(
    who: Sender,
    name: N,
    args: MutatorArgs<N> | Record<string, unknown>,
    mutationId = uuidv7(),
    at = Date.now(),
  ): Promise<MutationResult> {
    const { status, body } = await pushOne(app, who, name, args, mutationId, at);
    expect(status, JSON.stringify(body)).toBe(200);
    return body.results![0];
  }

  async function ok<N extends MutatorName>(who: Sender, name: N, args: MutatorArgs<N> | Record<string, unknown>) {
    const result = await send(who, name, args);
    expect(result, `${name} should pass`).toMatchObject({ ok: true });
  }

  const stored = <K extends Kind>(kind: K, id: string) => readRecord(db, kind, id) as Promise<RecordByKind[K]>;

  /** What a device of `who` would receive: every granted bucket, pulled to the end. */
  async function pullAll(who: Sender): Promise<AnyRecord[]> {
    const records = new Map<string, AnyRecord>();
    let cursors: Record<string, number> = {};
    for (let page = 0; page < 50; page++) {
      const response = await postJson(
        app,
        PULL_PATH,
        { v: 1, clientId: who.clientId, schema: SCHEMA_VERSION, epoch: null, buckets: cursors },
        who.headers,
      );
      expect(response.status).toBe(200);
      const body = (await response.json()) as PullResponse;
      for (const [, bucket] of Object.entries(body.buckets)) {
        for (const columnar of Object.values(bucket.put)) {
          for (const record of decodeRows(columnar!)) records.set(record.id, record);
        }
      }
      cursors = { ...cursors, ...Object.fromEntries(Object.entries(body.buckets).map(([b, p]) => [b, p.next])) };
      if (!Object.values(body.buckets).some((b) => b.more)) break;
    }
    return [...records.values()];
  }

  function complaintArgs(overrides: Record<string, unknown> = {}) {
    return {
      id: uuidv7(),
      kind: 'wage_arrears',
      anonymous: false,
      employerName: '某建筑队',
      description: '两个月没发工资',
      evidence: [],
      regionCode: '630103100',
      ...overrides,
    };
  }

  function courseArgs(overrides: Record<string, unknown> = {}) {
    return {
      id: uuidv7(),
      title: '家政服务员培训',
      stationId: stationA.id,
      regionCode: '630103100',
      startDate: '2026-05-01',
      days: 5,
      capacity: 20,
      points: 10,
      ...overrides,
    };
  }

  function eventArgs(overrides: Record<string, unknown> = {}) {
    return {
      id: uuidv7(),
      kind: 'job_fair',
      title: '春风行动招聘会',
      stationId: stationA.id,
      regionCode: '630103100',
      startsAt: 1_800_000_000_000,
      endsAt: 1_800_000_360_000,
      ...overrides,
    };
  }

  describe('a person’s record never goes to an impostor', () => {
    it('a self-registered profile carries the account’s login phone, whatever the body or a later edit says', async () => {
      const own = seekerRegisterArgs({ registeredBy: 'self', phone: '13900000077' });
      await ok(senders.worker1, 'seeker.register', own);
      expect((await stored('seeker', own.id)).phone).toBe(accounts.worker1.phone);
      await ok(senders.worker1, 'seeker.edit', { id: own.id, patch: { phone: '13900000088', village: '总寨村' } });
      expect(await stored('seeker', own.id)).toMatchObject({ phone: accounts.worker1.phone, village: '总寨村' });
    });

    it('merging a possible duplicate: the desk names the survivor, a login phone that differs needs an in-person check, and the impostor’s pull carries nothing of the person', async () => {
      const victim = seekerRegisterArgs({
        name: '李秀英',
        phone: '13900000077',
        birthYear: 1980,
        village: '总寨村',
        groups: ['脱贫人口'],
        stationId: stationA.id,
      });
      await ok(senders.deskA, 'seeker.register', victim);
      const job = jobPostArgs({ stationId: stationA.id });
      await ok(senders.deskA, 'job.post', job);
      const application = uuidv7();
      await ok(senders.deskA, 'application.apply', {
        id: application,
        jobId: job.id,
        seekerId: victim.id,
        channel: 'referral',
      });
      const impostor = seekerRegisterArgs({
        registeredBy: 'self',
        name: '李秀英',
        phone: '13900000077',
        birthYear: 1980,
        village: '总寨村',
        stationId: stationA.id,
      });
      await ok(senders.worker2, 'seeker.register', impostor);
      const [review] = await db.query<{ id: string }>(`SELECT id FROM records WHERE kind = 'review'`);
      expect(review).toBeDefined();

      // 合并 without saying which record survives is not a decision.
      expect(await send(senders.deskA, 'review.resolve', { id: review.id, outcome: 'merged' })).toMatchObject({
        ok: false,
        field: 'keep',
      });
      // Into the self-registered profile: its login phone is not the person's, so someone must check in person.
      expect(
        await send(senders.deskA, 'review.resolve', { id: review.id, outcome: 'merged', keep: impostor.id }),
      ).toMatchObject({ ok: false, code: 'IDENTITY_CHECK_REQUIRED' });
      expect(
        await send(senders.deskA, 'review.resolve', { id: review.id, outcome: 'merged', keep: victim.id }),
      ).toMatchObject({ ok: false, code: 'IDENTITY_CHECK_REQUIRED' });
      expect((await stored('seeker', victim.id)).deleted).toBe(false);
      expect((await stored('seeker', impostor.id)).deleted).toBe(false);

      const seen = await pullAll(senders.worker2);
      const theirs = seen.filter((r) => 'seekerId' in r || 'registeredBy' in r);
      expect(theirs.map((r) => r.id)).toEqual([impostor.id]);
      expect(theirs[0]).toMatchObject({ phone: accounts.worker2.phone, groups: [] });

      await ok(senders.deskA, 'review.resolve', { id: review.id, outcome: 'dismissed' });
      expect((await stored('application', application)).seekerId).toBe(victim.id);
    });

    it('the worker who really is the person (login phone = the phone the desk registered) is merged without an extra check', async () => {
      const person = seekerRegisterArgs({
        name: '马建国',
        phone: accounts.worker1.phone,
        stationId: stationA.id,
        birthYear: 1975,
      });
      await ok(senders.deskA, 'seeker.register', person);
      const self = seekerRegisterArgs({
        registeredBy: 'self',
        name: '马建国',
        phone: accounts.worker1.phone,
        stationId: stationA.id,
      });
      await ok(senders.worker1, 'seeker.register', self);
      const [review] = await db.query<{ id: string }>(`SELECT id FROM records WHERE kind = 'review'`);
      await ok(senders.deskA, 'review.resolve', { id: review.id, outcome: 'merged', keep: self.id });
      expect(await stored('seeker', self.id)).toMatchObject({ deleted: false, birthYear: 1975 });
      expect(await stored('seeker', person.id)).toMatchObject({ deleted: true, mergedInto: self.id });
    });

    it('a merge is logged on its review and staff can undo it: both profiles come back and every moved record goes home', async () => {
      const first = seekerRegisterArgs({ name: '王桂兰', phone: '13900000066', stationId: stationA.id });
      const second = seekerRegisterArgs({
        name: '王桂兰',
        phone: '13900000066',
        birthYear: 1968,
        village: '王庄村',
        skills: ['做饭'],
        stationId: stationA.id,
      });
      await ok(senders.deskA, 'seeker.register', first);
      await ok(senders.fieldA, 'seeker.register', second);
      const job = jobPostArgs({ stationId: stationA.id });
      await ok(senders.deskA, 'job.post', job);
      const moved = uuidv7();
      const stayed = uuidv7();
      await ok(senders.deskA, 'application.apply', {
        id: stayed,
        jobId: job.id,
        seekerId: first.id,
        channel: 'referral',
      });
      const job2 = jobPostArgs({ stationId: stationA.id });
      await ok(senders.deskA, 'job.post', job2);
      await ok(senders.fieldA, 'application.apply', {
        id: moved,
        jobId: job2.id,
        seekerId: second.id,
        channel: 'referral',
      });
      const points = uuidv7();
      await ok(senders.deskA, 'points.award', {
        id: points,
        seekerId: second.id,
        delta: 20,
        kind: 'attendance',
        reason: '培训结业',
      });
      const [review] = await db.query<{ id: string }>(`SELECT id FROM records WHERE kind = 'review'`);

      await ok(senders.deskA, 'review.resolve', { id: review.id, outcome: 'merged', keep: first.id });
      expect(await stored('seeker', first.id)).toMatchObject({ birthYear: 1968, village: '王庄村' });
      expect((await stored('application', moved)).seekerId).toBe(first.id);
      expect((await stored('points', points)).seekerId).toBe(first.id);
      const merged = await stored('review', review.id);
      expect(merged).toMatchObject({ status: 'merged', merge: { keep: first.id, dropped: [second.id] } });
      expect(merged.log).toEqual([
        expect.objectContaining({ outcome: 'merged', by: accounts.deskA.id, keep: first.id }),
      ]);

      // Another county's desk cannot undo what it could not have done.
      expect(await send(senders.deskB, 'review.undoMerge', { id: review.id })).toMatchObject({ ok: false });
      await ok(senders.deskA, 'review.undoMerge', { id: review.id });
      expect(await stored('seeker', second.id)).toMatchObject({ deleted: false, birthYear: 1968, skills: ['做饭'] });
      expect((await stored('seeker', second.id)).mergedInto).toBeUndefined();
      const restored = await stored('seeker', first.id);
      expect(restored.birthYear).toBeUndefined();
      expect(restored.village).toBeUndefined();
      expect(restored.skills).toEqual(first.skills);
      expect((await stored('application', moved)).seekerId).toBe(second.id);
      expect((await stored('points', points)).seekerId).toBe(second.id);
      expect((await stored('application', stayed)).seekerId).toBe(first.id);
      const undone = await stored('review', review.id);
      expect(undone.status).toBe('open');
      expect(undone.merge).toBeUndefined();
      expect(undone.log?.map((entry) => entry.outcome)).toEqual(['merged', 'unmerged']);
    });
  });

  describe('a worker’s 记工 is theirs alone', () => {
    it('nobody else overwrites, edits, deletes or pulls a worker’s day; a forged owner in the body is ignored', async () => {
      const day = {
        id: uuidv7(),
        date: '2026-05-01',
        site: '城南工地',
        employerName: '王老板',
        wage: 260,
        wageUnit: 'day',
        hours: 9,
      };
      await ok(senders.worker1, 'workday.log', day);
      const owner = accounts.worker1.id;
      expect(await stored('workday', day.id)).toMatchObject({ ownerId: owner, wage: 260 });

      expect(await send(senders.worker2, 'workday.log', { ...day, wage: 1 })).toMatchObject({
        ok: false,
        code: 'EXISTS',
      });
      for (const who of [senders.worker2, senders.deskA, senders.fieldA, senders.employer]) {
        expect(await send(who, 'workday.edit', { id: day.id, patch: { paid: 260 } })).toMatchObject({
          ok: false,
          code: 'FORBIDDEN',
        });
        expect(await send(who, 'workday.remove', { id: day.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      }
      expect(await send(senders.deskA, 'workday.log', { ...day, id: uuidv7() })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await stored('workday', day.id)).toMatchObject({ ownerId: owner, deleted: false });
      expect((await stored('workday', day.id)).paid).toBeUndefined();

      // An owner named in the body is not a field of the create: the day is the sender's.
      const forged = { ...day, id: uuidv7(), ownerId: owner };
      await ok(senders.worker2, 'workday.log', forged);
      expect((await stored('workday', forged.id)).ownerId).toBe(accounts.worker2.id);

      const ids = async (who: Sender) => (await pullAll(who)).map((r) => r.id);
      expect(await ids(senders.worker1)).toContain(day.id);
      expect(await ids(senders.worker1)).not.toContain(forged.id);
      for (const who of [senders.worker2, senders.deskA, senders.fieldA, senders.employer, senders.nobody]) {
        expect(await ids(who)).not.toContain(day.id);
      }

      await ok(senders.worker1, 'workday.remove', { id: day.id });
      expect((await stored('workday', day.id)).deleted).toBe(true);
    });
  });

  describe('推荐: only staff refer, to an open job, for a person they act for', () => {
    it('a worker and an employer may not write a referral; a desk may not refer to a closed job or for another station', async () => {
      const job = jobPostArgs({ stationId: stationA.id });
      await ok(senders.deskA, 'job.post', job);
      const own = seekerRegisterArgs({ registeredBy: 'self' });
      await ok(senders.worker1, 'seeker.register', own);
      const visitor = seekerRegisterArgs({ stationId: stationA.id });
      await ok(senders.deskA, 'seeker.register', visitor);
      const refer = (seekerId: string, overrides: Record<string, unknown> = {}) => ({
        id: uuidv7(),
        jobId: job.id,
        seekerId,
        channel: 'referral',
        ...overrides,
      });
      // A worker's referral would count in the station's figures as the desk's work.
      expect(await send(senders.worker1, 'application.apply', refer(own.id))).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await send(senders.employer, 'application.apply', refer(visitor.id))).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await send(senders.deskB, 'application.apply', refer(visitor.id))).toMatchObject({
        ok: false,
        code: 'OUT_OF_SCOPE',
      });
      // Naming a station that is neither the desk's nor the job's would route the follow-up elsewhere.
      expect(
        await send(senders.deskA, 'application.apply', refer(visitor.id, { stationId: stationB.id })),
      ).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
      const closed = jobPostArgs({ stationId: stationA.id });
      await ok(senders.deskA, 'job.post', closed);
      await ok(senders.deskA, 'job.setStatus', { id: closed.id, status: 'closed' });
      expect(await send(senders.deskA, 'application.apply', refer(visitor.id, { jobId: closed.id }))).toMatchObject({
        ok: false,
        code: 'JOB_NOT_OPEN',
      });

      const referral = refer(visitor.id, { stationId: stationA.id });
      await ok(senders.deskA, 'application.apply', referral);
      expect(await stored('application', referral.id)).toMatchObject({ channel: 'referral', stationId: stationA.id });
      // A worker's own application goes to the job's desk: naming another station is refused.
      expect(
        await send(senders.worker1, 'application.apply', refer(own.id, { channel: 'self', stationId: stationB.id })),
      ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      // The worker's own application is still theirs to make.
      const mine = refer(own.id, { channel: 'self', stationId: stationA.id });
      await ok(senders.worker1, 'application.apply', mine);
      expect(await stored('application', mine.id)).toMatchObject({ channel: 'self', stationId: stationA.id });
    });
  });

  describe('ids: a create never overwrites, a mutation id answers only for its own account', () => {
    it('application.apply and enrollment.enroll with the id of someone else’s record are refused and change nothing', async () => {
      const job = jobPostArgs();
      await ok(senders.employer, 'job.post', job);
      const course = courseArgs();
      await ok(senders.deskA, 'course.save', course);
      const mine = seekerRegisterArgs({ registeredBy: 'self' });
      const theirs = seekerRegisterArgs({ registeredBy: 'self' });
      await ok(senders.worker1, 'seeker.register', mine);
      await ok(senders.worker2, 'seeker.register', theirs);
      const application = uuidv7();
      await ok(senders.worker1, 'application.apply', {
        id: application,
        jobId: job.id,
        seekerId: mine.id,
        channel: 'self',
      });
      const enrollment = uuidv7();
      await ok(senders.worker1, 'enrollment.enroll', { id: enrollment, courseId: course.id, seekerId: mine.id });
      const job2 = jobPostArgs();
      await ok(senders.employer, 'job.post', job2);
      const course2 = courseArgs();
      await ok(senders.deskA, 'course.save', course2);

      expect(
        await send(senders.worker2, 'application.apply', {
          id: application,
          jobId: job2.id,
          seekerId: theirs.id,
          channel: 'self',
        }),
      ).toMatchObject({ ok: false, code: 'EXISTS' });
      expect(
        await send(senders.worker2, 'enrollment.enroll', { id: enrollment, courseId: course2.id, seekerId: theirs.id }),
      ).toMatchObject({ ok: false, code: 'EXISTS' });
      expect(await stored('application', application)).toMatchObject({ seekerId: mine.id, jobId: job.id });
      expect(await stored('enrollment', enrollment)).toMatchObject({ seekerId: mine.id, courseId: course.id });

      // The author repeating their own create (another device, same record) is a harmless repeat.
      const again = { ...senders.worker1, clientId: uuidv7(), seq: 0 };
      expect(
        await send(again, 'application.apply', { id: application, jobId: job.id, seekerId: mine.id, channel: 'self' }),
      ).toMatchObject({ ok: true });
    });

    it('every create mutator refuses an existing id from another author', async () => {
      const target = seekerRegisterArgs({ stationId: stationA.id });
      await ok(senders.deskA, 'seeker.register', target);
      const job = jobPostArgs();
      await ok(senders.deskA, 'job.post', job);
      const employer = { id: uuidv7(), name: '鑫家政', kind: 'company', phone: '13900000099', regionCode: '630103100' };
      await ok(senders.deskA, 'employer.register', employer);
      const complaint = complaintArgs({ seekerId: target.id, stationId: stationA.id });
      await ok(senders.deskA, 'complaint.file', complaint);
      const visit = { id: uuidv7(), stationId: stationA.id, at: 1, services: ['water'] };
      await ok(senders.deskA, 'visit.log', visit);
      const points = { id: uuidv7(), seekerId: target.id, delta: 10, kind: 'attendance', reason: '培训' };
      await ok(senders.deskA, 'points.award', points);

      const admin = senders.admin;
      const attempts: [MutatorName, Record<string, unknown>][] = [
        ['seeker.register', seekerRegisterArgs({ id: target.id, name: '冒名' })],
        ['job.post', jobPostArgs({ id: job.id, title: '冒名' })],
        ['employer.register', { ...employer, name: '冒名' }],
        ['complaint.file', { ...complaint, description: '冒名' }],
        ['visit.log', { ...visit, note: '冒名' }],
        ['points.award', { ...points, reason: '冒名' }],
      ];
      for (const [name, args] of attempts) {
        expect(await send(admin, name, args), name).toMatchObject({ ok: false, code: 'EXISTS' });
      }
      expect((await stored('seeker', target.id)).name).toBe(target.name);
      expect((await stored('job', job.id)).title).toBe(job.title);
    });

    it('"save" mutators: a create by id cannot take over another station’s course, event, policy or station', async () => {
      const course = courseArgs();
      await ok(senders.deskA, 'course.save', course);
      const event = eventArgs();
      await ok(senders.deskA, 'event.save', event);
      const policy = {
        id: uuidv7(),
        title: '总寨镇零工补贴',
        body: '到驿站登记',
        regionCodes: ['630103'],
        tags: [],
        publishedOn: '2026-01-01',
      };
      await ok(senders.deskA, 'policy.save', policy);
      const takeovers: [MutatorName, Record<string, unknown>][] = [
        ['course.save', { ...course, title: '收费培训', stationId: stationB.id, regionCode: '150525100' }],
        ['event.save', { ...event, title: '收费招聘会', stationId: stationB.id, regionCode: '150525100' }],
        ['policy.save', { ...policy, title: '先交押金', regionCodes: ['150525'] }],
        ['station.save', { ...stationA, version: undefined, updatedAt: undefined, deleted: undefined, name: '假驿站' }],
      ];
      for (const [name, args] of takeovers) {
        expect(await send(senders.deskB, name, args), name).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
      }
      expect((await stored('course', course.id)).title).toBe(course.title);
      expect((await stored('event', event.id)).title).toBe(event.title);
      expect((await stored('policy', policy.id)).title).toBe(policy.title);
      expect((await stored('station', stationA.id)).name).toBe(stationA.name);
    });

    it('policy.save: workers and employers refused, a nationwide policy an admin’s, a stale edit refused', async () => {
      const policy = {
        id: uuidv7(),
        title: '城中区一次性创业补贴',
        body: '首次创业、正常经营6个月以上的，可申请一次性创业补贴5000元。',
        summary: { amount: '一次性5000元', who: '首次创业', where: '县人社局' },
        regionCodes: ['630103'],
        tags: ['创业'],
        publishedOn: '2026-11-20',
      };
      for (const who of [senders.worker1, senders.employer, senders.fieldA]) {
        expect(await send(who, 'policy.save', policy)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      }
      expect(await send(senders.deskA, 'policy.save', { ...policy, regionCodes: [] })).toMatchObject({
        ok: false,
        code: 'OUT_OF_SCOPE',
      });
      await ok(senders.deskA, 'policy.save', policy);
      const loaded = await stored('policy', policy.id);
      await ok(senders.admin, 'policy.save', { ...policy, baseVersion: loaded.version, summary: { amount: '6000元' } });
      // Desk A's edit of the copy it loaded before the admin's change.
      expect(
        await send(senders.deskA, 'policy.save', { ...policy, baseVersion: loaded.version, title: '创业补贴' }),
      ).toMatchObject({ ok: false, code: 'STALE' });
      expect(await stored('policy', policy.id)).toMatchObject({ title: policy.title, summary: { amount: '6000元' } });
      // A worker's device never learns which staff account saved it.
      const seen = (await pullAll(senders.worker1)).find((r) => r.id === policy.id);
      expect(seen).toMatchObject({ title: policy.title });
      expect(seen).not.toHaveProperty('editedBy');
    });

    it('a mutation id another account sent first does not answer for the victim; the victim’s write is applied', async () => {
      const mutationId = uuidv7();
      const refused = await send(senders.worker2, 'application.apply', { id: uuidv7() }, mutationId);
      expect(refused.ok).toBe(false);
      const profile = seekerRegisterArgs({ registeredBy: 'self' });
      expect(await send(senders.worker1, 'seeker.register', profile, mutationId)).toMatchObject({ ok: true });
      expect(await stored('seeker', profile.id)).toBeDefined();

      // The same account sending the same mutation from another device gets the first answer: applied once.
      const job = jobPostArgs();
      const posted = uuidv7();
      await send(senders.employer, 'job.post', job, posted);
      const otherDevice = { ...senders.employer, clientId: uuidv7(), seq: 0 };
      expect(await send(otherDevice, 'job.post', job, posted)).toMatchObject({ ok: true });
      const [{ n }] = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM sync_mutation WHERE mutation_id = $1',
        [posted],
      );
      expect(n).toBe(1);
    });
  });

  describe('staff write only where they work', () => {
    it('a desk, and field staff, are refused outside their stations and counties; the staff of that place and an admin are not', async () => {
      const jobB = jobPostArgs({ regionCode: '150525100', place: '大沁他拉镇', stationId: stationB.id });
      await ok(senders.deskB, 'job.post', jobB);
      const seekerB = seekerRegisterArgs({ regionCode: '150525100', stationId: stationB.id });
      await ok(senders.deskB, 'seeker.register', seekerB);
      const applicationB = uuidv7();
      await ok(senders.deskB, 'application.apply', {
        id: applicationB,
        jobId: jobB.id,
        seekerId: seekerB.id,
        channel: 'referral',
      });
      const complaintB = complaintArgs({ regionCode: '150525100', stationId: stationB.id, anonymous: true });
      await ok(senders.nobody, 'complaint.file', complaintB);
      const employerB = {
        id: uuidv7(),
        name: '奈曼劳务',
        kind: 'company',
        phone: '13900000098',
        regionCode: '150525100',
      };
      await ok(senders.deskB, 'employer.register', employerB);
      const twinB = seekerRegisterArgs({ regionCode: '150525100', stationId: stationB.id });
      await ok(senders.deskB, 'seeker.register', twinB);
      const [reviewB] = await db.query<{ id: string }>(`SELECT id FROM records WHERE kind = 'review'`);
      expect(reviewB).toBeDefined();

      // Each write, and the account of that place that may make it.
      const cases: [string, MutatorName, Record<string, unknown>, keyof typeof senders][] = [
        ['verify a job', 'job.verify', { id: jobB.id, state: 'rejected', method: 'callback' }, 'deskB'],
        ['edit a job', 'job.edit', { id: jobB.id, baseVersion: 0, patch: { title: '改掉' } }, 'deskB'],
        ['close a job', 'job.setStatus', { id: jobB.id, status: 'filled' }, 'deskB'],
        ['post a job', 'job.post', jobPostArgs({ regionCode: '150525100', place: '大沁他拉镇' }), 'deskB'],
        ['move an application', 'application.advance', { id: applicationB, status: 'contacted' }, 'deskB'],
        ['handle a complaint', 'complaint.advance', { id: complaintB.id, status: 'accepted' }, 'deskB'],
        ['comment on a complaint', 'complaint.comment', { id: complaintB.id, note: '已受理' }, 'deskB'],
        [
          'award points',
          'points.award',
          { id: uuidv7(), seekerId: seekerB.id, delta: 10, kind: 'attendance', reason: '培训' },
          'deskB',
        ],
        ['verify an employer', 'employer.verify', { id: employerB.id, state: 'verified', method: 'onsite' }, 'deskB'],
        ['log a walk-in', 'visit.log', { id: uuidv7(), stationId: stationB.id, at: 1, services: ['water'] }, 'deskB'],
        ['schedule a course', 'course.save', courseArgs({ stationId: stationB.id, regionCode: '150525100' }), 'deskB'],
        [
          'publish a policy',
          'policy.save',
          { id: uuidv7(), title: '补贴', body: '登记', regionCodes: ['150525'], tags: [], publishedOn: '2026-01-01' },
          'deskB',
        ],
        ['register a person at a station', 'seeker.register', seekerRegisterArgs({ stationId: stationB.id }), 'deskB'],
        ['decide a review', 'review.resolve', { id: reviewB.id, outcome: 'dismissed' }, 'deskB'],
        ['remove a job', 'job.remove', { id: jobB.id }, 'deskB'],
      ];
      for (const [what, name, args] of cases) {
        expect(await send(senders.deskA, name, args), `desk A may not ${what}`).toMatchObject({
          ok: false,
          code: 'OUT_OF_SCOPE',
        });
      }
      const fieldCases: [string, MutatorName, Record<string, unknown>][] = [
        ['edit a job', 'job.edit', { id: jobB.id, baseVersion: 0, patch: { title: '改掉' } }],
        ['register a person at a station', 'seeker.register', seekerRegisterArgs({ stationId: stationB.id })],
        ['log a walk-in', 'visit.log', { id: uuidv7(), stationId: stationB.id, at: 1, services: ['water'] }],
        ['move an application', 'application.advance', { id: applicationB, status: 'contacted' }],
      ];
      for (const [what, name, args] of fieldCases) {
        expect(await send(senders.fieldA, name, args), `field A may not ${what}`).toMatchObject({
          ok: false,
          code: 'OUT_OF_SCOPE',
        });
      }
      expect(await stored('job', jobB.id)).toMatchObject({ title: jobB.title, status: 'open', deleted: false });
      expect((await stored('job', jobB.id)).verification.state).toBe('unverified');
      expect((await stored('complaint', complaintB.id)).status).toBe('submitted');
      expect((await stored('application', applicationB)).status).toBe('pending');

      // The same writes by the staff of that place go through (the refusals above are about place).
      expect(
        await send(senders.fieldB, 'job.edit', { id: jobB.id, baseVersion: 99, patch: { place: '奈曼旗' } }),
      ).toMatchObject({ ok: true });
      for (const [what, name, args, owner] of cases) {
        expect(await send(senders[owner], name, args), `${owner} may ${what}`).toMatchObject({ ok: true });
      }
    });

    it('a session presents only its desk’s county’s jobs: another county’s cannot be attached, nor slipped in later', async () => {
      const mine = jobPostArgs({ stationId: stationA.id });
      const theirs = jobPostArgs({ stationId: stationB.id, regionCode: '150525100', title: '收押金的活' });
      await ok(senders.deskA, 'job.post', mine);
      await ok(senders.deskB, 'job.post', theirs);
      const event = eventArgs({
        kind: 'live_stream',
        title: '总寨镇直播带岗',
        jobIds: [mine.id],
        stream: { platform: 'kuaishou', room: '总寨就业' },
      });
      await ok(senders.deskA, 'event.save', event);
      expect(await send(senders.deskA, 'event.save', { ...event, jobIds: [mine.id, theirs.id] })).toMatchObject({
        ok: false,
        code: 'OUT_OF_SCOPE',
      });
      expect(await send(senders.deskA, 'event.save', { ...event, jobIds: [uuidv7()] })).toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
      });
      expect(await send(senders.worker1, 'event.save', { ...event, id: uuidv7() })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await send(senders.fieldA, 'event.save', { ...event, id: uuidv7() })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect((await stored('event', event.id)).jobIds).toEqual([mine.id]);
    });

    it('a desk cannot move its own job, course or event into another county', async () => {
      const job = jobPostArgs({ stationId: stationA.id });
      await ok(senders.deskA, 'job.post', job);
      expect(
        await send(senders.deskA, 'job.edit', {
          id: job.id,
          baseVersion: 1,
          patch: { regionCode: '150525100', stationId: stationB.id },
        }),
      ).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
      const course = courseArgs();
      await ok(senders.deskA, 'course.save', course);
      expect(
        await send(senders.deskA, 'course.save', { ...course, stationId: stationB.id, regionCode: '150525100' }),
      ).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
      // An admin may: no place binds them.
      await ok(senders.admin, 'course.save', { ...course, stationId: stationB.id, regionCode: '150525100' });
    });

    it('field staff register, post and log only in their counties: 张外县 of 河东区 is refused to 城中区 field staff', async () => {
      const outside = '120102001'; // 天津市河东区
      const refused = { ok: false, code: 'OUT_OF_SCOPE' };
      const stranger = seekerRegisterArgs({ name: '张外县', regionCode: outside });
      expect(await send(senders.fieldA, 'seeker.register', stranger)).toMatchObject(refused);
      expect(await stored('seeker', stranger.id)).toBeUndefined();
      expect(await send(senders.fieldA, 'job.post', jobPostArgs({ regionCode: outside }))).toMatchObject(refused);
      const employer = { id: uuidv7(), name: '河东劳务', kind: 'company', phone: '13900000097', regionCode: outside };
      expect(await send(senders.fieldA, 'employer.register', employer)).toMatchObject(refused);
      // Their own person cannot be moved out of their counties either.
      const villager = seekerRegisterArgs({ name: '马村民' });
      await ok(senders.fieldA, 'seeker.register', villager);
      const move = { id: villager.id, patch: { regionCode: outside } };
      expect(await send(senders.fieldA, 'seeker.edit', move)).toMatchObject(refused);
      expect((await stored('seeker', villager.id)).regionCode).toBe('630103100');
      // The field staff of that place, and a desk registering a visitor at its own station, may.
      const fieldTianjin = await makeAccount(db, 'field_staff', { counties: ['120102'] });
      const clientId = uuidv7();
      const tianjin = { headers: await bearer(app, fieldTianjin, clientId), clientId, seq: 0 };
      await ok(tianjin, 'seeker.register', stranger);
      await ok(senders.deskA, 'seeker.register', seekerRegisterArgs({ regionCode: outside }));
    });
  });

  describe('station details: the station’s own desk (or an admin) changes them', () => {
    const edit = (changes: Partial<StationChanges> = {}) =>
      stationEdit(stationA, {
        services: ['job_desk', 'water', 'charging'],
        hours: { allDay: false, daily: '07:00-19:00' },
        phone: '0971-8123456',
        ...changes,
      });

    it('another station’s desk in the county or elsewhere, field staff, workers and employers are refused', async () => {
      const otherDesk = await makeAccount(db, 'station_staff', { stationIds: [uuidv7()], counties: ['630103'] });
      const clientId = uuidv7();
      const sameCounty = { headers: await bearer(app, otherDesk, clientId), clientId, seq: 0 };
      for (const who of [sameCounty, senders.deskB]) {
        expect(await send(who, 'station.save', edit())).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
      }
      for (const who of [senders.fieldA, senders.worker1, senders.employer]) {
        expect(await send(who, 'station.save', edit())).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      }
      expect((await stored('station', stationA.id)).phone).toBe(stationA.phone);
      await ok(senders.deskA, 'station.save', edit());
      await ok(senders.admin, 'station.save', edit({ hours: { allDay: true } }));
      expect(await stored('station', stationA.id)).toMatchObject({
        services: ['job_desk', 'water', 'charging'],
        hours: { allDay: true },
        phone: '0971-8123456',
      });
    });

    it('hours that are no time of day and a phone that is no number are refused, naming the field', async () => {
      for (const daily of ['25:00-08:00', '08:00-18:60', '8:00-18:00', '08:00-']) {
        expect(await send(senders.deskA, 'station.save', edit({ hours: { allDay: false, daily } }))).toMatchObject({
          ok: false,
          code: 'INVALID',
          field: 'args.hours.daily',
        });
      }
      for (const phone of ['12345', '0971-812345678', '電話']) {
        expect(await send(senders.deskA, 'station.save', edit({ phone }))).toMatchObject({
          ok: false,
          code: 'INVALID',
          field: 'args.phone',
        });
      }
      const kept = await stored('station', stationA.id);
      expect([kept.hours, kept.services, kept.phone]).toEqual([stationA.hours, stationA.services, stationA.phone]);
    });
  });

  describe('points: a ledger the desk writes within bounds', () => {
    const award = (seekerId: string, delta: number, kind = delta > 0 ? 'attendance' : 'goods') => ({
      id: uuidv7(),
      seekerId,
      delta,
      kind,
      reason: '参加培训',
    });

    it('bounded per entry and per day, never below zero, earning adds and spending takes', async () => {
      const mine = seekerRegisterArgs({ stationId: stationA.id });
      await ok(senders.deskA, 'seeker.register', mine);
      for (const delta of [-10_000, 501, 0]) {
        expect(await send(senders.deskA, 'points.award', award(mine.id, delta, 'correction'))).toMatchObject({
          ok: false,
          field: 'args.delta',
        });
      }
      expect(await send(senders.deskA, 'points.award', award(mine.id, -10, 'attendance'))).toMatchObject({
        ok: false,
        code: 'INVALID',
        field: 'delta',
      });
      expect(await send(senders.deskA, 'points.award', award(mine.id, 10, 'goods'))).toMatchObject({
        ok: false,
        code: 'INVALID',
      });
      expect(await send(senders.deskA, 'points.award', { ...award(mine.id, 10), kind: '随便' })).toMatchObject({
        ok: false,
        field: 'args.kind',
      });
      // Spending from nothing.
      expect(await send(senders.deskA, 'points.award', award(mine.id, -10))).toMatchObject({
        ok: false,
        code: 'POINTS_SHORT',
      });
      await ok(senders.deskA, 'points.award', award(mine.id, 60));
      // 60 + 50 is over the day's 100, from the desk or from an admin for the same station.
      expect(await send(senders.deskA, 'points.award', award(mine.id, 50))).toMatchObject({
        ok: false,
        code: 'POINTS_DAY_CAP',
      });
      expect(await send(senders.admin, 'points.award', award(mine.id, 50, 'referral'))).toMatchObject({
        ok: false,
        code: 'POINTS_DAY_CAP',
      });
      await ok(senders.deskA, 'points.award', award(mine.id, 40, 'verified_work'));
      // Spending does not free the day's cap.
      await ok(senders.deskA, 'points.award', award(mine.id, -30, 'training_seat'));
      expect(await send(senders.deskA, 'points.award', award(mine.id, 10))).toMatchObject({
        ok: false,
        code: 'POINTS_DAY_CAP',
      });
      expect(await send(senders.deskA, 'points.award', award(mine.id, -71))).toMatchObject({
        ok: false,
        code: 'POINTS_SHORT',
      });
      await ok(senders.deskA, 'points.award', award(mine.id, -70));
      const ledger = await db.query<{ delta: number; station: string }>(
        `SELECT (data->>'delta')::int AS delta, data->>'stationId' AS station FROM records WHERE kind = 'points'`,
      );
      expect(ledger.reduce((sum, row) => sum + row.delta, 0)).toBe(0);
      expect(new Set(ledger.map((row) => row.station))).toEqual(new Set([stationA.id]));
    });

    it('a worker cannot award themselves, nor a desk another station’s people; an id is never taken over', async () => {
      const own = seekerRegisterArgs({ registeredBy: 'self' });
      await ok(senders.worker1, 'seeker.register', own);
      expect(await send(senders.worker1, 'points.award', award(own.id, 20))).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      // Until the worker names a station, no desk may act for them.
      expect(await send(senders.deskA, 'points.award', award(own.id, 20))).toMatchObject({
        ok: false,
        code: 'OUT_OF_SCOPE',
      });
      await ok(senders.worker1, 'seeker.edit', { id: own.id, patch: { stationId: stationA.id } });
      expect(await send(senders.deskB, 'points.award', award(own.id, 20))).toMatchObject({
        ok: false,
        code: 'OUT_OF_SCOPE',
      });
      const first = award(own.id, 20);
      await ok(senders.deskA, 'points.award', first);
      expect(await send(senders.deskA, 'points.award', { ...first, delta: 30 })).toMatchObject({
        ok: false,
        code: 'EXISTS',
      });
      expect(await send(senders.deskB, 'points.award', { ...first, seekerId: own.id, delta: 30 })).toMatchObject({
        ok: false,
      });
      // The worker's phone gets their entry, the chosen station's desk the profile and the entry, the other desk neither.
      const ids = (records: AnyRecord[]) => records.map((r) => r.id);
      expect(ids(await pullAll(senders.worker1))).toEqual(expect.arrayContaining([own.id, first.id]));
      expect(ids(await pullAll(senders.deskA))).toEqual(expect.arrayContaining([own.id, first.id]));
      expect(ids(await pullAll(senders.deskB))).not.toContain(first.id);
      expect(ids(await pullAll(senders.worker2))).not.toContain(first.id);
    });
  });

  describe('对方要我交钱: reports that put a job before its desk', () => {
    const report = (jobId: string, overrides: Record<string, unknown> = {}) =>
      complaintArgs({ kind: 'fee', jobId, anonymous: true, description: '对方要我交钱', ...overrides });
    const job = async () => {
      const posted = jobPostArgs({ stationId: stationA.id });
      await ok(senders.deskA, 'job.post', posted);
      return posted;
    };

    it('ten taps of one person are one report; devices without a login count as one; three people mark the job', async () => {
      const posted = await job();
      for (let i = 0; i < 10; i++) await ok(senders.worker1, 'complaint.file', report(posted.id));
      expect(await stored('job', posted.id)).toMatchObject({ feeReports: 1 });
      // An anonymous flood: every request from a fresh device.
      for (let i = 0; i < 6; i++) {
        await ok({ headers: {}, clientId: uuidv7(), seq: 0 }, 'complaint.file', report(posted.id));
      }
      expect(await stored('job', posted.id)).toMatchObject({ feeReports: 2 });
      expect((await stored('job', posted.id)).feeReview).toBeFalsy();
      const filed = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM records WHERE kind = 'complaint' AND data->>'jobId' = $1`,
        [posted.id],
      );
      expect(filed[0].n).toBe(7);
      await ok(senders.worker2, 'complaint.file', report(posted.id, { anonymous: false }));
      expect(await stored('job', posted.id)).toMatchObject({ feeReports: 3, feeReview: true });
      // Who reported stays on the server: the desk sees the reports, never the reporter.
      const atDesk = (await pullAll(senders.deskA)).filter((r) => 'jobId' in r && r.jobId === posted.id);
      expect(atDesk.length).toBe(8);
      for (const record of atDesk) expect(record).not.toHaveProperty('reporter');
      expect((await pullAll(senders.worker1)).find((r) => r.id === posted.id)).toMatchObject({ feeReview: true });

      // The desk checks the job: the reports so far are answered, later ones count afresh.
      await ok(senders.deskA, 'job.verify', { id: posted.id, state: 'verified', method: 'onsite' });
      const checkedJob = await stored('job', posted.id);
      expect(checkedJob.feeReview).toBeUndefined();
      expect(checkedJob.feeReports).toBeUndefined();
      await ok(senders.worker1, 'complaint.file', report(posted.id));
      expect(await stored('job', posted.id)).toMatchObject({ feeReports: 1 });
    });

    it('a report goes to the job’s own desk whatever it claims, and a forged job is refused', async () => {
      const jobB = jobPostArgs({ regionCode: '150525100', place: '大沁他拉镇', stationId: stationB.id });
      await ok(senders.deskB, 'job.post', jobB);
      const forged = report(jobB.id, { regionCode: '630103100', stationId: stationA.id, employerName: '别人' });
      await ok(senders.worker1, 'complaint.file', forged);
      expect(await stored('complaint', forged.id)).toMatchObject({
        regionCode: jobB.regionCode,
        stationId: stationB.id,
        employerName: jobB.employerName,
      });
      expect((await pullAll(senders.deskA)).map((r) => r.id)).not.toContain(forged.id);
      expect((await pullAll(senders.deskB)).map((r) => r.id)).toContain(forged.id);
      expect(await send(senders.nobody, 'complaint.file', report(uuidv7()))).toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
        field: 'jobId',
      });
      // A device cannot set the counts or the mark itself.
      const sneaky = jobPostArgs({ feeReview: true, feeReports: 99 } as never);
      await ok(senders.employer, 'job.post', sneaky);
      expect(await stored('job', sneaky.id)).not.toHaveProperty('feeReview');
      expect(
        await send(senders.employer, 'job.edit', { id: sneaky.id, baseVersion: 0, patch: { feeReview: false } }),
      ).toMatchObject({ ok: true });
      expect(await stored('job', sneaky.id)).not.toHaveProperty('feeReview');
    });
  });

  describe('push limits', () => {
    it('fresh client ids do not get around the push limit: it holds per account and per address too', async () => {
      const limited = createApp({
        db,
        trustProxy: true,
        limits: { pushesPerClient: 3, pushesPerAccount: 5, pushesPerAddress: 8 },
      });
      const pushFrom = async (headers: Record<string, string>, address: string) => {
        const response = await postJson(
          limited,
          PUSH_PATH,
          {
            v: 1,
            clientId: uuidv7(),
            schema: SCHEMA_VERSION,
            mutations: [{ seq: 1, id: uuidv7(), name: 'job.post', args: jobPostArgs(), at: Date.now() }],
          },
          { ...headers, 'X-Forwarded-For': address },
        );
        return response.status;
      };
      const employer = senders.employer.headers;
      const byAccount: number[] = [];
      for (let i = 0; i < 6; i++) byAccount.push(await pushFrom(employer, `192.0.2.${i + 1}`));
      expect(byAccount).toEqual([200, 200, 200, 200, 200, 429]);
      // Many accounts from one address meet the address's limit.
      const byAddress: number[] = [];
      for (const who of ['deskA', 'deskB', 'fieldA', 'fieldB', 'admin'] as const) {
        byAddress.push(await pushFrom(senders[who].headers, '198.51.100.20'));
        byAddress.push(await pushFrom(senders[who].headers, '198.51.100.20'));
      }
      expect(byAddress.slice(0, 8).every((status) => status === 200)).toBe(true);
      expect(byAddress.slice(8)).toEqual([429, 429]);
    });
  });

  describe('door check-ins', () => {
    const DAY_MS = 86_400_000;
    /** A minute into today in China: every check-in of a test lands on one day, whenever it runs. */
    const morning = () => chinaDay(Date.now()) * DAY_MS - 8 * 3_600_000 + 60_000;
    const visitsOf = async (seekerId: string) =>
      (
        await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM records WHERE kind = 'visit' AND data->>'seekerId' = $1`,
          [seekerId],
        )
      )[0].n;

    it('one check-in a person, station and day: replays and second scans add nothing; impostors are refused', async () => {
      const own = seekerRegisterArgs({ registeredBy: 'self' });
      await ok(senders.worker1, 'seeker.register', own);
      const checkIn = { id: uuidv7(), stationId: stationA.id, seekerId: own.id, services: ['job_desk'] };
      const mutationId = uuidv7();
      expect(await send(senders.worker1, 'visit.checkIn', checkIn, mutationId, morning())).toMatchObject({ ok: true });
      // The same push again (a lost answer), the same mutation id from another account, a second scan.
      expect(await send(senders.worker1, 'visit.checkIn', checkIn, mutationId, morning())).toMatchObject({ ok: true });
      const replayed = await send(senders.worker2, 'visit.checkIn', checkIn, mutationId, morning());
      expect(replayed).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      const again = { ...checkIn, id: uuidv7(), services: ['rest'] };
      expect(await send(senders.worker1, 'visit.checkIn', again, uuidv7(), morning() + 3_600_000)).toMatchObject({
        ok: true,
      });
      expect(await visitsOf(own.id)).toBe(1);
      expect((await stored('visit', checkIn.id)).services).toEqual(['job_desk']);

      // Someone else's profile, by a worker, a desk, an employer or nobody; another record's id.
      const forged = { ...checkIn, id: uuidv7(), stationId: stationB.id };
      for (const who of ['worker2', 'deskA', 'employer'] as const) {
        expect((await send(senders[who], 'visit.checkIn', forged)).ok, who).toBe(false);
      }
      expect((await pushOne(app, senders.nobody, 'visit.checkIn', forged)).status).toBe(401);
      const walkIn = { id: uuidv7(), stationId: stationB.id, at: 1, services: ['policy'] };
      await ok(senders.deskB, 'visit.log', walkIn);
      const overwrite = await send(senders.worker1, 'visit.checkIn', {
        ...checkIn,
        id: walkIn.id,
        stationId: stationB.id,
      });
      expect(overwrite).toMatchObject({ ok: false, code: 'EXISTS' });
      expect(await visitsOf(own.id)).toBe(1);

      // The worker's phone gets their own check-in back; the desks' walk-ins stay with the desks.
      const workerHolds = (await pullAll(senders.worker1)).map((r) => r.id);
      expect(workerHolds).toContain(checkIn.id);
      expect(workerHolds).not.toContain(walkIn.id);
      const deskHolds = (await pullAll(senders.deskA)).map((r) => r.id);
      expect(deskHolds).toContain(checkIn.id);
      expect(deskHolds).not.toContain(walkIn.id);
    });

    it('a check-in older than the limit is refused; one from a phone offline for days counts on its day', async () => {
      const own = seekerRegisterArgs({ registeredBy: 'self' });
      await ok(senders.worker1, 'seeker.register', own);
      const checkIn = () => ({ id: uuidv7(), stationId: stationA.id, seekerId: own.id, services: [] });
      const stale = morning() - (CHECK_IN_MAX_AGE_DAYS + 1) * DAY_MS;
      expect(await send(senders.worker1, 'visit.checkIn', checkIn(), uuidv7(), stale)).toMatchObject({
        ok: false,
        code: 'INVALID',
      });
      const offline = checkIn();
      await send(senders.worker1, 'visit.checkIn', offline, uuidv7(), morning() - 3 * DAY_MS);
      await ok(senders.worker1, 'visit.checkIn', checkIn());
      expect(await visitsOf(own.id)).toBe(2);
      expect((await stored('visit', offline.id)).checkInDay).toBe(chinaDay(morning()) - 3);
    });
  });

  describe('anonymous complaints', () => {
    it('a seekerId on an anonymous complaint is kept only when it is the author’s own profile', async () => {
      const victim = seekerRegisterArgs({ registeredBy: 'self' });
      await ok(senders.worker1, 'seeker.register', victim);
      const byNobody = complaintArgs({ anonymous: true, seekerId: victim.id });
      await ok(senders.nobody, 'complaint.file', byNobody);
      expect((await stored('complaint', byNobody.id)).seekerId).toBeUndefined();
      const byStranger = complaintArgs({ anonymous: true, seekerId: victim.id });
      await ok(senders.worker2, 'complaint.file', byStranger);
      expect((await stored('complaint', byStranger.id)).seekerId).toBeUndefined();
      const byOwner = complaintArgs({ anonymous: true, seekerId: victim.id });
      await ok(senders.worker1, 'complaint.file', byOwner);
      expect((await stored('complaint', byOwner.id)).seekerId).toBe(victim.id);
    });

    it('an anonymous complaint sent before login and sent again after it (adopted by the worker) is one complaint, accepted', async () => {
      const complaint = complaintArgs({ anonymous: true });
      const mutationId = uuidv7();
      expect(await send(senders.nobody, 'complaint.file', complaint, mutationId)).toMatchObject({ ok: true });
      expect(await send(senders.worker1, 'complaint.file', complaint, mutationId)).toMatchObject({ ok: true });
      const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM records WHERE kind = 'complaint'`);
      expect(n).toBe(1);
    });
  });

  describe('who asked for help', () => {
    it('the handling desk gets a named 求助’s name and phone (whatever the body claims); an anonymous one carries none; no one else pulls them', async () => {
      const profile = seekerRegisterArgs({ registeredBy: 'self', name: '马师傅' });
      await ok(senders.worker1, 'seeker.register', profile);
      const phone = (await stored('seeker', profile.id)).phone;
      const forged = { name: '别人', phone: '13900000077' };
      const named = complaintArgs({ seekerId: profile.id, stationId: stationA.id, contact: forged });
      await ok(senders.worker1, 'complaint.file', named);
      const anonymous = complaintArgs({ anonymous: true, stationId: stationA.id });
      await ok(senders.worker1, 'complaint.file', anonymous);

      const atDesk = await pullAll(senders.deskA);
      expect(atDesk.find((r) => r.id === named.id)).toMatchObject({ contact: { name: '马师傅', phone } });
      expect(atDesk.find((r) => r.id === anonymous.id)).not.toHaveProperty('contact');
      expect((await pullAll(senders.worker1)).find((r) => r.id === named.id)).toMatchObject({ contact: { phone } });
      for (const other of [senders.deskB, senders.fieldA, senders.worker2, senders.employer]) {
        expect((await pullAll(other)).some((r) => r.id === named.id)).toBe(false);
      }
    });
  });
});
