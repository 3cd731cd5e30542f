import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/access';
import { type MutationContext, runMutation } from '../../../src/core/mutators';
import { uuidv7 } from '../../../src/core/ids';
import { jobPostArgs, seekerRegisterArgs, station } from '../../fixtures/records';
import { memoryTx } from '../../support/memory-tx';
import { rejection } from '../../support/mutation-error';

/** The desk of a station in the fixtures' county (tests/fixtures/records.ts places everything in 630103). */
const DESK_STATION = '0190f3c2-0000-7000-8000-0000000057a0';
const desk: Actor = {
  role: 'station_staff',
  stationIds: [DESK_STATION],
  counties: ['630103'],
  userId: '0190f3c2-0000-7000-8000-00000000d35c',
};
const employer: Actor = {
  role: 'employer',
  stationIds: [],
  counties: [],
  userId: '0190f3c2-0000-7000-8000-00000000e001',
};
const field: Actor = {
  role: 'field_staff',
  stationIds: [],
  counties: ['630103'],
  userId: '0190f3c2-0000-7000-8000-00000000f001',
};
const worker: Actor = { role: 'worker', stationIds: [], counties: [], userId: '0190f3c2-0000-7000-8000-00000000a001' };
const serverCtx = (actor: Actor = desk, now = 1_000, clock = now): MutationContext => ({
  now,
  clock,
  actor,
  server: true,
});

describe('job mutators', () => {
  it('post a job as open, unverified, with server-set dates and flags', async () => {
    const tx = memoryTx();
    const args = jobPostArgs({ requirements: '入职先交押金' });
    await runMutation(tx, 'job.post', args, serverCtx());
    const job = await tx.get('job', args.id);
    expect(job).toMatchObject({
      status: 'open',
      verification: { state: 'unverified' },
      postedAt: 1_000,
      flags: ['fee'],
    });
    expect(job?.expiresAt).toBe(1_000 + 30 * 86_400_000);
  });

  it('refuse a wage range that runs backwards, naming wageMax', async () => {
    const error = await rejection(
      runMutation(memoryTx(), 'job.post', jobPostArgs({ wageMin: 200, wageMax: 100 }), serverCtx()),
    );
    expect(error.field).toBe('wageMax');
  });

  it('refuse unknown mutators and invalid arguments with a clear code', async () => {
    expect((await rejection(runMutation(memoryTx(), 'job.explode', {}, serverCtx()))).code).toBe('UNKNOWN_MUTATOR');
    const invalid = await rejection(
      runMutation(memoryTx(), 'job.post', { ...jobPostArgs(), wageUnit: 'year' }, serverCtx()),
    );
    expect(invalid).toMatchObject({ code: 'INVALID', field: 'args.wageUnit' });
  });

  it('let the server refuse roles that may not post, while the device runs it optimistically', async () => {
    const error = await rejection(runMutation(memoryTx(), 'job.post', jobPostArgs(), serverCtx(worker)));
    expect(error.code).toBe('FORBIDDEN');
    await runMutation(memoryTx(), 'job.post', jobPostArgs(), { now: 1, clock: 1, actor: worker, server: false });
  });

  it('keep closed final: closed wins over any later status change', async () => {
    const tx = memoryTx();
    const args = jobPostArgs();
    await runMutation(tx, 'job.post', args, serverCtx());
    await runMutation(tx, 'job.setStatus', { id: args.id, status: 'closed' }, serverCtx());
    const error = await rejection(runMutation(tx, 'job.setStatus', { id: args.id, status: 'open' }, serverCtx()));
    expect(error.code).toBe('BAD_TRANSITION');
    expect((await tx.get('job', args.id))?.status).toBe('closed');
  });

  it('reject a stale edit of the wage but accept a stale edit of free text', async () => {
    const tx = memoryTx();
    const args = jobPostArgs();
    await runMutation(tx, 'job.post', args, serverCtx());
    const job = (await tx.get('job', args.id))!;
    await tx.put('job', { ...job, version: 7 });
    const stale = await rejection(
      runMutation(tx, 'job.edit', { id: args.id, baseVersion: 5, patch: { wageMin: 100 } }, serverCtx()),
    );
    expect(stale).toMatchObject({ code: 'STALE', field: 'wageMin' });
    await runMutation(tx, 'job.edit', { id: args.id, baseVersion: 5, patch: { description: '管午饭' } }, serverCtx());
    expect((await tx.get('job', args.id))?.description).toBe('管午饭');
  });
});

describe('station mutators', () => {
  it('refuse a stale edit of name, address or phone, and accept one of services', async () => {
    const tx = memoryTx();
    const { version: _v, updatedAt: _u, deleted: _d, ...fields } = station({ id: DESK_STATION });
    await runMutation(tx, 'station.save', fields, serverCtx());
    await tx.put('station', { ...(await tx.get('station', fields.id))!, version: 9 });
    const stale = await rejection(
      runMutation(tx, 'station.save', { ...fields, phone: '0971-8000000', baseVersion: 3 }, serverCtx()),
    );
    expect(stale).toMatchObject({ code: 'STALE', field: 'phone' });
    await runMutation(tx, 'station.save', { ...fields, services: ['water'], baseVersion: 3 }, serverCtx());
    expect((await tx.get('station', fields.id))?.services).toEqual(['water']);
    await runMutation(tx, 'station.save', { ...fields, phone: '0971-8000000', baseVersion: 9 }, serverCtx());
    expect((await tx.get('station', fields.id))?.phone).toBe('0971-8000000');
  });
});

describe('station.save and the base the editor saw', () => {
  const identity = (s: { name: string; address: string; phone?: string }) => ({
    name: s.name,
    address: s.address,
    phone: s.phone,
  });

  it('accept the desk’s second offline edit of the phone, sent before the first came back', async () => {
    const tx = memoryTx();
    const { version: _v, updatedAt: _u, deleted: _d, ...fields } = station({ id: DESK_STATION, phone: '0971-8000001' });
    await runMutation(tx, 'station.save', fields, serverCtx());
    await tx.put('station', { ...(await tx.get('station', fields.id))!, version: 4 });
    // Both edits were made offline on the version-4 copy; the first one is applied (version 5) before the second arrives.
    const first = { ...fields, phone: '0971-8000002' };
    await runMutation(tx, 'station.save', { ...first, base: identity(fields) }, serverCtx());
    await tx.put('station', { ...(await tx.get('station', fields.id))!, version: 5 });
    await runMutation(tx, 'station.save', { ...first, phone: '0971-8000003', base: identity(first) }, serverCtx());
    expect((await tx.get('station', fields.id))?.phone).toBe('0971-8000003');
  });

  it('refuse a change of a field someone else changed since, and keep a field they did not touch', async () => {
    const tx = memoryTx();
    const { version: _v, updatedAt: _u, deleted: _d, ...fields } = station({ id: DESK_STATION, phone: '0971-8000001' });
    await runMutation(tx, 'station.save', fields, serverCtx());
    const seen = identity(fields);
    await runMutation(tx, 'station.save', { ...fields, phone: '0971-8000002', base: seen }, serverCtx());
    const stale = await rejection(
      runMutation(tx, 'station.save', { ...fields, phone: '0971-8000003', base: seen }, serverCtx()),
    );
    expect(stale).toMatchObject({ code: 'STALE', field: 'phone' });
    await runMutation(
      tx,
      'station.save',
      { ...fields, phone: '0971-8000002', address: '总寨村委会', base: seen },
      serverCtx(),
    );
    expect(await tx.get('station', fields.id)).toMatchObject({ phone: '0971-8000002', address: '总寨村委会' });
  });
});

describe('station hours', () => {
  it('take times of day, closing at 24:00 at the latest, and refuse anything else naming the field', async () => {
    const tx = memoryTx();
    const { version: _v, updatedAt: _u, deleted: _d, ...fields } = station({ id: DESK_STATION });
    await runMutation(tx, 'station.save', { ...fields, hours: { allDay: false, daily: '08:00-24:00' } }, serverCtx());
    expect((await tx.get('station', fields.id))?.hours.daily).toBe('08:00-24:00');
    for (const daily of ['24:00-08:00', '24:30-08:00', '08:00-18:60', '8:00-18:00']) {
      const refused = await rejection(
        runMutation(tx, 'station.save', { ...fields, hours: { allDay: false, daily } }, serverCtx()),
      );
      expect(refused, daily).toMatchObject({ code: 'INVALID', field: 'args.hours.daily' });
    }
  });
});

describe('application mutators', () => {
  const seekerId = '0190f3c2-0000-7000-8000-00000000beef';
  async function withJob() {
    const tx = memoryTx();
    const job = jobPostArgs();
    await runMutation(tx, 'job.post', job, serverCtx());
    await runMutation(tx, 'seeker.register', seekerRegisterArgs({ id: seekerId }), serverCtx());
    return { tx, jobId: job.id };
  }

  it('a desk referral carries the phone only if the worker agreed to share it', async () => {
    const { tx, jobId } = await withJob();
    const shy = seekerRegisterArgs({ consentShareContact: false });
    const open = seekerRegisterArgs({ consentShareContact: true, phone: '13900000077' });
    for (const seeker of [shy, open]) await runMutation(tx, 'seeker.register', seeker, serverCtx());
    const refer = (seekerId: string) => ({ id: uuidv7(), jobId, seekerId, channel: 'referral' as const });
    const [a, b] = [refer(shy.id), refer(open.id)];
    await runMutation(tx, 'application.apply', a, serverCtx());
    await runMutation(tx, 'application.apply', b, serverCtx());
    expect((await tx.get('application', a.id))?.contact).toEqual({ name: shy.name, phone: undefined });
    expect((await tx.get('application', b.id))?.contact).toEqual({ name: open.name, phone: '13900000077' });
  });

  it('keep one application per seeker and job, even from two devices', async () => {
    const { tx, jobId } = await withJob();
    const first = '0190f3c2-0000-7000-8000-000000000001';
    const second = '0190f3c2-0000-7000-8000-000000000002';
    await runMutation(tx, 'application.apply', { id: first, jobId, seekerId, channel: 'self' }, serverCtx());
    await runMutation(tx, 'application.apply', { id: second, jobId, seekerId, channel: 'referral' }, serverCtx());
    expect(await tx.get('application', first)).toBeDefined();
    expect(await tx.get('application', second)).toBeUndefined();
  });

  it('move status only forward, keeping every step in the history', async () => {
    const { tx, jobId } = await withJob();
    const id = '0190f3c2-0000-7000-8000-000000000003';
    await runMutation(tx, 'application.apply', { id, jobId, seekerId, channel: 'self' }, serverCtx());
    await runMutation(tx, 'application.advance', { id, status: 'interview' }, serverCtx(desk, 2_000));
    await runMutation(tx, 'application.advance', { id, status: 'contacted' }, serverCtx(desk, 3_000));
    const application = await tx.get('application', id);
    expect(application?.status).toBe('interview');
    expect(application?.history.map((h) => h.status)).toEqual(['pending', 'interview']);
  });

  describe('a referral (推荐) is staff work, for an open job', () => {
    const refer = (jobId: string, seekerId: string, stationId?: string) => ({
      id: uuidv7(),
      jobId,
      seekerId,
      channel: 'referral' as const,
      stationId,
    });

    it('a worker may not refer, not even themself, and an employer may not refer', async () => {
      const { tx, jobId } = await withJob();
      const own = seekerRegisterArgs({ registeredBy: 'self' });
      await runMutation(tx, 'seeker.register', own, serverCtx(worker));
      for (const [actor, person] of [
        [worker, own.id],
        [worker, seekerId],
        [employer, seekerId],
      ] as const) {
        const error = await rejection(runMutation(tx, 'application.apply', refer(jobId, person), serverCtx(actor)));
        expect(error.code).toBe('FORBIDDEN');
      }
      expect(await tx.findAll('application', { jobId })).toEqual([]);
      // Their own application is still theirs to make.
      await runMutation(tx, 'application.apply', { ...refer(jobId, own.id), channel: 'self' }, serverCtx(worker));
      expect(await tx.findFirst('application', { jobId, seekerId: own.id })).toMatchObject({ channel: 'self' });
    });

    it('refuse a referral to a job that is filled, closed or removed, on the server and on the phone', async () => {
      for (const end of ['filled', 'closed', 'removed'] as const) {
        const { tx, jobId } = await withJob();
        if (end === 'removed') await runMutation(tx, 'job.remove', { id: jobId }, serverCtx());
        else await runMutation(tx, 'job.setStatus', { id: jobId, status: end }, serverCtx());
        const onServer = await rejection(runMutation(tx, 'application.apply', refer(jobId, seekerId), serverCtx()));
        expect(onServer.code, end).toBe('JOB_NOT_OPEN');
        const onPhone = await rejection(
          runMutation(tx, 'application.apply', refer(jobId, seekerId), { ...serverCtx(), server: false }),
        );
        expect(onPhone.code, end).toBe('JOB_NOT_OPEN');
        expect(await tx.findAll('application', { jobId })).toEqual([]);
      }
    });

    it('name only a station the staff works at, or the job’s own', async () => {
      const { tx, jobId } = await withJob();
      const elsewhere = '0190f3c2-0000-7000-8000-0000000057b9';
      const error = await rejection(
        runMutation(tx, 'application.apply', refer(jobId, seekerId, elsewhere), serverCtx()),
      );
      expect(error.code).toBe('OUT_OF_SCOPE');
      const mine = refer(jobId, seekerId, DESK_STATION);
      await runMutation(tx, 'application.apply', mine, serverCtx());
      expect((await tx.get('application', mine.id))?.stationId).toBe(DESK_STATION);
    });

    it('field staff without a station route the referral to the job’s station', async () => {
      const tx = memoryTx();
      const jobStation = station({ regionCode: '630103100' });
      await tx.put('station', jobStation);
      const job = jobPostArgs({ stationId: jobStation.id });
      await runMutation(tx, 'job.post', job, serverCtx(field));
      const person = seekerRegisterArgs();
      await runMutation(tx, 'seeker.register', person, serverCtx(field));
      const referral = refer(job.id, person.id);
      await runMutation(tx, 'application.apply', referral, serverCtx(field));
      expect(await tx.get('application', referral.id)).toMatchObject({ stationId: jobStation.id, channel: 'referral' });
    });

    it('a desk may not refer a person it may not act for, nor overwrite an application', async () => {
      const { tx, jobId } = await withJob();
      const otherDesk: Actor = { ...desk, stationIds: ['0190f3c2-0000-7000-8000-0000000057b9'], userId: uuidv7() };
      const error = await rejection(runMutation(tx, 'application.apply', refer(jobId, seekerId), serverCtx(otherDesk)));
      expect(error.code).toBe('OUT_OF_SCOPE');
      const first = refer(jobId, seekerId);
      await runMutation(tx, 'application.apply', first, serverCtx());
      const other = seekerRegisterArgs();
      await runMutation(tx, 'seeker.register', other, serverCtx());
      const overwrite = await rejection(
        runMutation(tx, 'application.apply', { ...refer(jobId, other.id), id: first.id }, serverCtx()),
      );
      expect(overwrite.code).toBe('EXISTS');
      expect(await tx.get('application', first.id)).toMatchObject({ seekerId });
    });
  });
});

describe('who may do what on the server (docs/ACCESS.md)', () => {
  const otherEmployer: Actor = { ...employer, userId: '0190f3c2-0000-7000-8000-00000000e002' };
  const anonymous: Actor = { role: 'anonymous', stationIds: [], counties: [] };

  it('a worker applies only as themself, and the application names the job owner for the employer', async () => {
    const tx = memoryTx();
    const job = jobPostArgs();
    await runMutation(tx, 'job.post', job, serverCtx(employer));
    const own = seekerRegisterArgs({ registeredBy: 'self' });
    await runMutation(tx, 'seeker.register', own, serverCtx(worker));
    const someoneElse = seekerRegisterArgs();
    await runMutation(tx, 'seeker.register', someoneElse, serverCtx(desk));
    const apply = (seekerId: string) => ({ id: uuidv7(), jobId: job.id, seekerId, channel: 'self' as const });
    const refused = await rejection(runMutation(tx, 'application.apply', apply(someoneElse.id), serverCtx(worker)));
    expect(refused.code).toBe('FORBIDDEN');
    const mine = apply(own.id);
    await runMutation(tx, 'application.apply', mine, serverCtx(worker));
    expect((await tx.get('application', mine.id))?.jobOwner).toBe(employer.userId);
    // Only the employer who posted the job (or a desk) moves it along.
    const advance = { id: mine.id, status: 'contacted' as const };
    expect((await rejection(runMutation(tx, 'application.advance', advance, serverCtx(otherEmployer)))).code).toBe(
      'FORBIDDEN',
    );
    expect((await rejection(runMutation(tx, 'application.advance', advance, serverCtx(worker)))).code).toBe(
      'FORBIDDEN',
    );
    await runMutation(tx, 'application.advance', advance, serverCtx(employer));
    expect((await tx.get('application', mine.id))?.status).toBe('contacted');
  });

  it('an employer edits only their own postings; a worker cannot register as staff', async () => {
    const tx = memoryTx();
    const job = jobPostArgs();
    await runMutation(tx, 'job.post', job, serverCtx(employer));
    const edit = { id: job.id, baseVersion: 0, patch: { title: '招保洁员（急）' } };
    expect((await rejection(runMutation(tx, 'job.edit', edit, serverCtx(otherEmployer)))).code).toBe('FORBIDDEN');
    await runMutation(tx, 'job.edit', edit, serverCtx(employer));
    const asStaff = await rejection(runMutation(tx, 'seeker.register', seekerRegisterArgs(), serverCtx(worker)));
    expect(asStaff.code).toBe('FORBIDDEN');
  });

  it('without logging in, only an anonymous complaint goes through', async () => {
    const tx = memoryTx();
    const complaint = {
      id: uuidv7(),
      kind: 'wage_arrears' as const,
      anonymous: true,
      employerName: '某建筑队',
      amount: 3000,
      description: '干了两个月没发工资',
      evidence: [],
      regionCode: '630103100',
    };
    await runMutation(tx, 'complaint.file', complaint, serverCtx(anonymous));
    const named = await rejection(
      runMutation(tx, 'complaint.file', { ...complaint, id: uuidv7(), anonymous: false }, serverCtx(anonymous)),
    );
    expect(named.code).toBe('FORBIDDEN');
  });

  it('我的驿站: a worker’s choice lets that desk award points; only the worker takes it back', async () => {
    const tx = memoryTx();
    const own = seekerRegisterArgs({ registeredBy: 'self' });
    await runMutation(tx, 'seeker.register', own, serverCtx(worker));
    const award = () => ({ id: uuidv7(), seekerId: own.id, kind: 'attendance', delta: 10 });
    expect((await rejection(runMutation(tx, 'points.award', award(), serverCtx(desk)))).code).toBe('OUT_OF_SCOPE');
    await runMutation(tx, 'seeker.edit', { id: own.id, patch: { stationId: DESK_STATION } }, serverCtx(worker, 2_000));
    const entry = award();
    await runMutation(tx, 'points.award', entry, serverCtx(desk, 3_000));
    expect(await tx.get('points', entry.id)).toMatchObject({ stationId: DESK_STATION, at: 3_000, delta: 10 });
    const leave = { id: own.id, patch: {}, leaveStation: true };
    expect((await rejection(runMutation(tx, 'seeker.edit', leave, serverCtx(desk, 4_000)))).code).toBe('FORBIDDEN');
    await runMutation(tx, 'seeker.edit', leave, serverCtx(worker, 5_000));
    expect((await tx.get('seeker', own.id))?.stationId).toBeUndefined();
    expect((await rejection(runMutation(tx, 'points.award', award(), serverCtx(desk, 6_000)))).code).toBe(
      'OUT_OF_SCOPE',
    );
  });

  it('the per-day cap counts by China’s calendar day: 16:00 UTC is the next morning there', async () => {
    const tx = memoryTx();
    const person = seekerRegisterArgs({ stationId: DESK_STATION });
    await runMutation(tx, 'seeker.register', person, serverCtx(desk));
    const award = (delta: number) => ({ id: uuidv7(), seekerId: person.id, kind: 'attendance', delta });
    const beforeMidnight = Date.UTC(2026, 4, 1, 15, 59);
    await runMutation(tx, 'points.award', award(100), serverCtx(desk, beforeMidnight));
    const capped = await rejection(runMutation(tx, 'points.award', award(1), serverCtx(desk, beforeMidnight)));
    expect(capped).toMatchObject({ code: 'POINTS_DAY_CAP', field: 'delta' });
    await runMutation(tx, 'points.award', award(100), serverCtx(desk, Date.UTC(2026, 4, 1, 16, 0)));
  });
});

describe('enrollments and complaint comments', () => {
  it('over capacity a sign-up is waitlisted, not refused', async () => {
    const tx = memoryTx();
    const course = {
      id: uuidv7(),
      title: '家政服务培训',
      regionCode: '630103100',
      startDate: '2026-12-01',
      days: 5,
      capacity: 2,
      points: 10,
    };
    await runMutation(tx, 'course.save', course, serverCtx());
    const statuses: string[] = [];
    for (let i = 0; i < 3; i++) {
      const seeker = seekerRegisterArgs();
      await runMutation(tx, 'seeker.register', seeker, serverCtx());
      const enrollment = { id: uuidv7(), courseId: course.id, seekerId: seeker.id };
      await runMutation(tx, 'enrollment.enroll', enrollment, serverCtx());
      statuses.push((await tx.get('enrollment', enrollment.id))!.status);
    }
    expect(statuses).toEqual(['enrolled', 'enrolled', 'waitlisted']);
  });

  it('comments only append: two offline comments both survive, and strangers cannot add one', async () => {
    const tx = memoryTx();
    const own = seekerRegisterArgs({ registeredBy: 'self' });
    await runMutation(tx, 'seeker.register', own, serverCtx(worker));
    const id = uuidv7();
    const complaint = {
      id,
      kind: 'wage_arrears' as const,
      seekerId: own.id,
      anonymous: false,
      employerName: '某建筑队',
      description: '干了两个月没发工资',
      evidence: [],
      regionCode: '630103100',
    };
    await runMutation(tx, 'complaint.file', complaint, serverCtx(worker));
    await runMutation(tx, 'complaint.comment', { id, note: '工地在总寨镇' }, serverCtx(worker, 2_000));
    await runMutation(tx, 'complaint.comment', { id, note: '已联系用人单位' }, serverCtx(desk, 3_000));
    const stranger: Actor = { ...worker, userId: '0190f3c2-0000-7000-8000-00000000a002' };
    expect((await rejection(runMutation(tx, 'complaint.comment', { id, note: '?' }, serverCtx(stranger)))).code).toBe(
      'FORBIDDEN',
    );
    expect((await tx.get('complaint', id))?.history.map((h) => h.note)).toEqual([
      undefined,
      '工地在总寨镇',
      '已联系用人单位',
    ]);
  });
});

describe('seeker profiles: per-field last-writer-wins by clock, identity and duplicates to the desk', () => {
  const stationId = '0190f3c2-0000-7000-8000-0000000057a1';
  const stationDesk: Actor = { ...desk, stationIds: [stationId] };
  /** Storage holding the station the profiles are registered at (field staff may name it: it is in their county). */
  async function withStation() {
    const tx = memoryTx();
    await tx.put('station', station({ id: stationId }));
    return tx;
  }

  it('an edit made earlier but arriving later loses only the fields a later edit set', async () => {
    const tx = await withStation();
    const seeker = seekerRegisterArgs({ stationId });
    await runMutation(tx, 'seeker.register', seeker, serverCtx(field, 1_000));
    // Yesterday's fix (clock 5,000) arrives first; a 3-day-old offline edit (clock 2,000) after it.
    await runMutation(
      tx,
      'seeker.edit',
      { id: seeker.id, patch: { phone: '13900000099' } },
      serverCtx(field, 6_000, 5_000),
    );
    await runMutation(
      tx,
      'seeker.edit',
      { id: seeker.id, patch: { phone: '13900000011', village: '总寨村' } },
      serverCtx(stationDesk, 7_000, 2_000),
    );
    expect(await tx.get('seeker', seeker.id)).toMatchObject({ phone: '13900000099', village: '总寨村' });
  });

  it('two edits from a phone whose clock runs ahead (both capped to the same time) keep their order', async () => {
    const tx = await withStation();
    const seeker = seekerRegisterArgs({ stationId });
    await runMutation(tx, 'seeker.register', seeker, serverCtx(field, 1_000));
    const capped = 1_000 + 5 * 60_000;
    await runMutation(
      tx,
      'seeker.edit',
      { id: seeker.id, patch: { village: '总寨村' } },
      serverCtx(field, 2_000, capped),
    );
    await runMutation(
      tx,
      'seeker.edit',
      { id: seeker.id, patch: { village: '总寨村三社' } },
      serverCtx(field, 3_000, capped),
    );
    expect((await tx.get('seeker', seeker.id))?.village).toBe('总寨村三社');
  });

  it('a stale change of name goes to the desk as a review item instead of overwriting', async () => {
    const tx = await withStation();
    const seeker = seekerRegisterArgs({ name: '马师傅', stationId });
    await runMutation(tx, 'seeker.register', seeker, serverCtx(field));
    await runMutation(tx, 'seeker.edit', { id: seeker.id, patch: { village: '总寨村' } }, serverCtx(field, 2_000));
    const stale = { id: seeker.id, baseVersion: -1, patch: { name: '马大师傅', skills: ['砌墙'] } };
    await runMutation(tx, 'seeker.edit', stale, serverCtx(stationDesk, 3_000));
    expect(await tx.get('seeker', seeker.id)).toMatchObject({ name: '马师傅', skills: ['砌墙'] });
    const reviews = [...tx.rows.values()].filter((r) => (r as { kind?: string }).kind === 'identity_conflict');
    expect(reviews).toMatchObject([{ seekerIds: [seeker.id], detail: 'name: 马师傅 → 马大师傅', status: 'open' }]);
  });

  it('the same person registered twice becomes one review; merging keeps every field and re-points their records', async () => {
    const tx = await withStation();
    const first = seekerRegisterArgs({ name: '李秀英', phone: '13912345678', village: '总寨村', stationId });
    const second = seekerRegisterArgs({
      name: '李秀英',
      phone: '13912345678',
      birthYear: 1980,
      skills: ['做饭'],
      stationId,
    });
    await runMutation(tx, 'seeker.register', first, serverCtx(field, 1_000));
    await runMutation(tx, 'seeker.register', second, serverCtx(stationDesk, 2_000));
    const job = jobPostArgs();
    await runMutation(tx, 'job.post', job, serverCtx(stationDesk));
    const application = { id: uuidv7(), jobId: job.id, seekerId: second.id, channel: 'referral' as const };
    await runMutation(tx, 'application.apply', application, serverCtx(stationDesk, 2_500));
    const review = [...tx.rows.values()].find((r) => (r as { kind?: string }).kind === 'possible_duplicate') as {
      id: string;
      seekerIds: string[];
    };
    expect(review.seekerIds).toEqual([first.id, second.id]);

    await runMutation(
      tx,
      'review.resolve',
      { id: review.id, outcome: 'merged', keep: first.id },
      serverCtx(field, 3_000),
    );
    expect(await tx.get('seeker', first.id)).toMatchObject({
      village: '总寨村',
      birthYear: 1980,
      skills: ['瓦工', '做饭'],
    });
    expect(await tx.get('seeker', second.id)).toMatchObject({ deleted: true, mergedInto: first.id });
    expect((await tx.get('application', application.id))?.seekerId).toBe(first.id);
    // An edit made offline to the merged-away profile lands on the kept one.
    await runMutation(
      tx,
      'seeker.edit',
      { id: second.id, patch: { experience: '做过5年饭' } },
      serverCtx(stationDesk, 4_000),
    );
    expect((await tx.get('seeker', first.id))?.experience).toBe('做过5年饭');
  });
});

describe('event.save: a session and the jobs it presents', () => {
  const HOUR = 3_600_000;
  const eventArgs = (overrides: Record<string, unknown> = {}) => ({
    id: uuidv7(),
    kind: 'live_stream',
    title: '总寨镇直播带岗',
    stationId: DESK_STATION,
    regionCode: '630103100',
    startsAt: 2_000 * HOUR,
    endsAt: 2_003 * HOUR,
    ...overrides,
  });
  /** Storage holding one job in the desk's county and one in another. */
  async function withJobs() {
    const tx = memoryTx();
    const admin: Actor = { role: 'admin', stationIds: [], counties: [], userId: uuidv7() };
    const mine = jobPostArgs({ regionCode: '630103100' });
    const theirs = jobPostArgs({ regionCode: '150525100', employerName: '大沁他拉镇建筑队' });
    await runMutation(tx, 'job.post', mine, serverCtx(admin));
    await runMutation(tx, 'job.post', theirs, serverCtx(admin));
    return { tx, mine, theirs };
  }

  it('saves a stream with its room, link, employers and the county’s jobs', async () => {
    const { tx, mine } = await withJobs();
    const args = eventArgs({
      jobIds: [mine.id],
      employers: ['总寨鑫家政服务中心'],
      stream: { platform: 'douyin', room: '城中区就业', url: 'https://live.douyin.com/123' },
    });
    await runMutation(tx, 'event.save', args, serverCtx());
    expect(await tx.get('event', args.id)).toMatchObject({ jobIds: [mine.id], stream: { room: '城中区就业' } });
  });

  it('refuses a job of another county (OUT_OF_SCOPE) and a job that does not exist (NOT_FOUND)', async () => {
    const { tx, mine, theirs } = await withJobs();
    const other = await rejection(
      runMutation(tx, 'event.save', eventArgs({ jobIds: [mine.id, theirs.id] }), serverCtx()),
    );
    expect(other.code).toBe('OUT_OF_SCOPE');
    const missing = await rejection(runMutation(tx, 'event.save', eventArgs({ jobIds: [uuidv7()] }), serverCtx()));
    expect(missing).toMatchObject({ code: 'NOT_FOUND', field: 'jobIds' });
  });

  it('keeps the jobs attached before linked when the session is saved again, whatever became of them', async () => {
    const { tx, mine, theirs } = await withJobs();
    const admin: Actor = { role: 'admin', stationIds: [], counties: [], userId: uuidv7() };
    const args = eventArgs({ stationId: undefined, jobIds: [mine.id, theirs.id] });
    await runMutation(tx, 'event.save', args, serverCtx(admin));
    // The desk renames it: the other county's job, attached by the admin, stays.
    await runMutation(tx, 'event.save', { ...args, title: '总寨镇春风行动直播' }, serverCtx());
    expect((await tx.get('event', args.id))?.jobIds).toEqual([mine.id, theirs.id]);
  });

  it('refuses a job twice, too many jobs, a link that is not https, an end before the start', async () => {
    const { tx, mine } = await withJobs();
    const cases: [Record<string, unknown>, string][] = [
      [{ jobIds: [mine.id, mine.id] }, 'jobIds'],
      [{ jobIds: Array.from({ length: 61 }, () => uuidv7()) }, 'args.jobIds'],
      [{ stream: { platform: 'douyin', url: 'javascript:alert(1)' } }, 'args.stream.url'],
      [{ stream: { platform: 'douyin', url: 'http://live.example.com' } }, 'args.stream.url'],
      [{ stream: { platform: 'tiktok' } }, 'args.stream.platform'],
      [{ endsAt: 1_999 * HOUR }, 'endsAt'],
    ];
    for (const [overrides, field] of cases) {
      const error = await rejection(runMutation(tx, 'event.save', eventArgs(overrides), serverCtx()));
      expect(error, JSON.stringify(overrides)).toMatchObject({ code: 'INVALID', field });
    }
  });

  it('refuses workers, employers and field staff: sessions are the desk’s', async () => {
    const field: Actor = { role: 'field_staff', stationIds: [], counties: ['630103'], userId: uuidv7() };
    const employer: Actor = { role: 'employer', stationIds: [], counties: [], userId: uuidv7() };
    for (const actor of [worker, employer, field]) {
      const error = await rejection(runMutation(memoryTx(), 'event.save', eventArgs(), serverCtx(actor)));
      expect(error.code, actor.role).toBe('FORBIDDEN');
    }
  });
});
