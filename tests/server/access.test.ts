/**
 * The access matrix (docs/ACCESS.md) end to end: devices of every role log in through the
 * API, write through their own outbox, and hold afterwards exactly what their role grants:
 * other people's profiles, phone numbers, applications and complaints never reach a device
 * that may not see them. Also T12 (token expiry offline) and shared desk devices.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountView } from '../../src/core/auth';
import { uuidv7 } from '../../src/core/ids';
import { PUSH_PATH, SCHEMA_VERSION } from '../../src/core/protocol';
import type { Station } from '../../src/core/records';
import { GigDb } from '../../src/db/db';
import { mutate } from '../../src/db/mutate';
import { readSession } from '../../src/db/session';
import { chainOf, readSyncState } from '../../src/db/sync-state';
import { LoginRequiredError } from '../../src/sync/auth';
import { SyncEngine } from '../../src/sync/engine';
import type { Database } from '../../server/db/database';
import { writeRecords } from '../../server/sync/record-store';
import { jobPostArgs, seekerRegisterArgs, station } from '../fixtures/records';
import { bearer, makeAccount, signIn } from '../support/accounts';
import { DATABASES, openApp, postJson, type TestApp } from './databases';

const DAY = 86_400_000;

describe.each(DATABASES)('who holds what, by role, on $name', (database) => {
  let db: Database;
  let app: TestApp;
  let clock: number;
  let stationA: Station;
  let stationB: Station;

  beforeEach(async () => {
    clock = Date.now();
    ({ db, app } = await openApp(database, undefined, { now: () => clock }));
    stationA = station({ regionCode: '630103100' });
    stationB = station({ regionCode: '150525100', name: '大沁他拉镇零工驿站' });
    await db.transaction((tx) =>
      writeRecords(tx, [
        { kind: 'station', record: stationA },
        { kind: 'station', record: stationB },
      ]),
    );
  });
  afterEach(async () => {
    await db.close();
  });

  /** A phone: its own IndexedDB, a link to the app that can be cut, logged in as `account` if given. */
  async function device(account?: AccountView) {
    const link = { online: true };
    const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (!link.online) throw new TypeError('Failed to fetch');
      return app.request(String(input), init);
    }) as typeof fetch;
    const local = new GigDb(`device-${uuidv7()}`);
    if (account) await signIn(local, account, { fetch: fetchImpl });
    return { local, link, fetchImpl, engine: new SyncEngine(local, { fetch: fetchImpl }) };
  }

  it('each role’s device holds exactly what docs/ACCESS.md grants it, and staff notes stay with staff', async () => {
    const [deskA, deskB, field, employer, worker, worker2] = [
      await makeAccount(db, 'station_staff', { stationIds: [stationA.id], counties: ['630103'] }),
      await makeAccount(db, 'station_staff', { stationIds: [stationB.id], counties: ['150525'] }),
      await makeAccount(db, 'field_staff', { counties: ['630103'] }),
      await makeAccount(db, 'employer'),
      await makeAccount(db, 'worker'),
      await makeAccount(db, 'worker'),
    ];
    const phones = {
      employer: await device(employer),
      worker: await device(worker),
      worker2: await device(worker2),
      field: await device(field),
      deskA: await device(deskA),
      deskB: await device(deskB),
      nobody: await device(),
    };
    const job = jobPostArgs({ stationId: stationA.id });
    await mutate(phones.employer.local, 'job.post', job);
    await phones.employer.engine.syncOnce();

    const own = seekerRegisterArgs({ registeredBy: 'self', stationId: stationA.id, phone: '13900000011' });
    await mutate(phones.worker.local, 'seeker.register', own);
    const applicationId = uuidv7();
    await phones.worker.engine.syncOnce();
    await mutate(phones.worker.local, 'application.apply', {
      id: applicationId,
      jobId: job.id,
      seekerId: own.id,
      channel: 'self',
    });
    const complaint = {
      kind: 'wage_arrears' as const,
      employerName: '某建筑队',
      description: '两个月没发工资',
      evidence: [],
      regionCode: '630103100',
    };
    const namedComplaint = uuidv7();
    await mutate(phones.worker.local, 'complaint.file', {
      ...complaint,
      id: namedComplaint,
      seekerId: own.id,
      anonymous: false,
      stationId: stationA.id,
    });
    const request = uuidv7();
    await mutate(phones.worker.local, 'courseRequest.ask', {
      id: request,
      seekerId: own.id,
      skill: '电工',
      regionCode: '630103100',
    });
    await phones.worker.engine.syncOnce();

    const registered = seekerRegisterArgs({ phone: '13900000022' });
    await mutate(phones.field.local, 'seeker.register', registered);
    await phones.field.engine.syncOnce();
    const other = seekerRegisterArgs({
      registeredBy: 'self',
      regionCode: '150525100',
      stationId: stationB.id,
      phone: '13900000033',
    });
    await mutate(phones.worker2.local, 'seeker.register', other);
    await phones.worker2.engine.syncOnce();
    // Someone else's profile is not theirs to apply with: refused and kept visible.
    await mutate(phones.worker2.local, 'application.apply', {
      id: uuidv7(),
      jobId: job.id,
      seekerId: own.id,
      channel: 'self',
    });
    await phones.worker2.engine.syncOnce();
    expect(await phones.worker2.local.quarantine.toArray()).toMatchObject([
      { name: 'application.apply', code: 'FORBIDDEN' },
    ]);

    const anonymousComplaint = uuidv7();
    await mutate(phones.nobody.local, 'complaint.file', {
      ...complaint,
      id: anonymousComplaint,
      anonymous: true,
      regionCode: '150525100',
    });
    await phones.nobody.engine.syncOnce();
    expect(await phones.nobody.local.outbox.count()).toBe(0);

    await phones.deskA.engine.syncOnce();
    await mutate(phones.deskA.local, 'application.advance', {
      id: applicationId,
      status: 'contacted',
      note: '电话核实过本人',
    });
    await phones.deskA.engine.syncOnce();
    for (const phone of Object.values(phones)) await phone.engine.syncOnce();

    const holds = async (phone: (typeof phones)[keyof typeof phones]) => ({
      seekers: (await phone.local.seekers.toArray()).map((s) => s.id).sort(),
      applications: (await phone.local.applications.toArray()).map((a) => a.id),
      complaints: (await phone.local.complaints.toArray()).map((c) => c.id).sort(),
      requests: (await phone.local.courseRequests.toArray()).map((r) => r.id),
    });
    const sorted = (...ids: string[]) => [...ids].sort();
    expect(await holds(phones.nobody)).toEqual({
      seekers: [],
      applications: [],
      complaints: [anonymousComplaint],
      requests: [],
    });
    expect(await holds(phones.worker)).toEqual({
      seekers: [own.id],
      applications: [applicationId],
      complaints: [namedComplaint],
      requests: [request],
    });
    expect(await holds(phones.worker2)).toEqual({
      seekers: [other.id],
      applications: [],
      complaints: [],
      requests: [],
    });
    expect(await holds(phones.employer)).toEqual({
      seekers: [],
      applications: [applicationId],
      complaints: [],
      requests: [],
    });
    expect(await holds(phones.field)).toEqual({
      seekers: sorted(own.id, registered.id),
      applications: [],
      complaints: [],
      requests: [],
    });
    // 我想学 reaches the desks of the asker's county, not field staff nor another county's desk.
    expect(await holds(phones.deskA)).toEqual({
      seekers: [own.id],
      applications: [applicationId],
      complaints: [namedComplaint],
      requests: [request],
    });
    expect(await holds(phones.deskB)).toEqual({
      seekers: [other.id],
      applications: [],
      complaints: [anonymousComplaint],
      requests: [],
    });

    // The desk's note and who wrote it stay at the desk; the employer sees the step itself.
    const seenByEmployer = await phones.employer.local.applications.get(applicationId);
    expect(seenByEmployer?.history.map((h) => h.status)).toEqual(['pending', 'contacted']);
    expect(seenByEmployer?.history.some((h) => h.note || h.by)).toBe(false);
    // Applying is consent to be called about this job: the employer gets the contact given then.
    // The phone of a profile the worker made for themself is the phone they log in with.
    expect(seenByEmployer?.contact).toEqual({ name: own.name, phone: worker.phone });
    expect((await phones.deskA.local.applications.get(applicationId))?.history[1]).toMatchObject({
      note: '电话核实过本人',
      by: deskA.id,
    });
    // The employer's own posting keeps its author; a worker does not learn staff ids.
    expect((await phones.employer.local.jobs.get(job.id))?.createdBy).toBe(employer.id);
    expect((await phones.worker.local.jobs.get(job.id))?.createdBy).toBeUndefined();
  });

  it('T12 token expiry offline: access and refresh tokens expire during 91 days offline → the outbox is intact, another account on the device cannot push it, re-login pushes it exactly once as its author', async () => {
    const deskA = await makeAccount(db, 'station_staff', { stationIds: [stationA.id], counties: ['630103'] });
    const deskB = await makeAccount(db, 'station_staff', { stationIds: [stationB.id], counties: ['150525'] });
    const phone = await device(deskA);
    await phone.engine.syncOnce();
    phone.link.online = false;
    const jobs = [jobPostArgs(), jobPostArgs(), jobPostArgs()];
    for (const job of jobs) await mutate(phone.local, 'job.post', job);
    clock += 91 * DAY;
    phone.link.online = true;

    await expect(phone.engine.syncOnce()).rejects.toBeInstanceOf(LoginRequiredError);
    expect(await phone.local.outbox.count()).toBe(3);
    expect((await readSession(phone.local))?.expired).toBe(true);
    const inServer = async () =>
      (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM records WHERE kind = 'job'`))[0].n;
    expect(await inServer()).toBe(0);

    // A colleague logs in on the same desk device: their sync sends nothing of deskA's.
    await signIn(phone.local, deskB, { fetch: phone.fetchImpl });
    const report = await phone.engine.syncOnce();
    expect(report.pushed).toBe(0);
    expect(await phone.local.outbox.count()).toBe(3);
    expect(await inServer()).toBe(0);
    const chainA = chainOf(await readSyncState(phone.local), deskA.id).clientId;

    // deskA again: refresh is impossible (expired), a fresh login works and pushes the three once.
    await signIn(phone.local, deskA, { fetch: phone.fetchImpl });
    await phone.engine.syncOnce();
    expect(await phone.local.outbox.count()).toBe(0);
    const rows = await db.query<{ created_by: string }>(
      `SELECT data->>'createdBy' AS created_by FROM records WHERE kind = 'job'`,
    );
    expect(rows.map((r) => r.created_by)).toEqual([deskA.id, deskA.id, deskA.id]);
    const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM sync_mutation WHERE client_id = $1', [
      chainA,
    ]);
    expect(n).toBe(3);

    // Now bound: another account presenting deskA's client id is refused, whatever it sends.
    const asB = await bearer(app, deskB, uuidv7());
    const stolen = await postJson(
      app,
      PUSH_PATH,
      {
        v: 1,
        clientId: chainA,
        schema: SCHEMA_VERSION,
        mutations: [{ seq: 4, id: uuidv7(), name: 'job.post', args: jobPostArgs(), at: clock }],
      },
      asB,
    );
    expect(stolen.status).toBe(403);
    expect(await stolen.json()).toMatchObject({ error: 'CLIENT_BOUND' });
  });

  it('logging out keeps unsent records; the next pull, as nobody, takes the account’s private rows off the device', async () => {
    const deskA = await makeAccount(db, 'station_staff', { stationIds: [stationA.id], counties: ['630103'] });
    const phone = await device(deskA);
    const sent = seekerRegisterArgs({ stationId: stationA.id });
    await mutate(phone.local, 'seeker.register', sent);
    await phone.engine.syncOnce();
    phone.link.online = false;
    const unsent = seekerRegisterArgs({ stationId: stationA.id });
    await mutate(phone.local, 'seeker.register', unsent);
    await phone.engine.auth.logout();
    phone.link.online = true;
    const report = await phone.engine.syncOnce();
    expect(report.pushed).toBe(0);
    expect(await phone.local.outbox.count()).toBe(1);
    // The synced profile is gone from the device; the unsent one stays, waiting for deskA.
    expect((await phone.local.seekers.toArray()).map((s) => s.id)).toEqual([unsent.id]);
  });
  it('an admin’s device pulls everything, even with far more than 200 buckets, and logging out takes it off the device', async () => {
    // 230 workers with their own profiles: 230 `own:seeker:` buckets on top of the county ones.
    const profiles = Array.from({ length: 230 }, () => ({
      ...seekerRegisterArgs({ registeredBy: 'self', stationId: stationA.id }),
      registeredByUser: uuidv7(),
      version: 0,
      updatedAt: 1,
      deleted: false,
    }));
    await db.transaction((tx) =>
      writeRecords(
        tx,
        profiles.map((record) => ({ kind: 'seeker' as const, record })),
      ),
    );
    const [{ n }] = await db.query<{ n: number }>('SELECT count(DISTINCT bucket)::int AS n FROM sync_log');
    expect(n).toBeGreaterThan(200);
    const admin = await makeAccount(db, 'admin');
    const phone = await device(admin);
    for (let i = 0; i < 5; i++) await phone.engine.syncOnce();
    expect(await phone.local.seekers.count()).toBe(230);
    expect(await phone.local.stations.count()).toBe(2);
    expect(Object.keys((await readSyncState(phone.local)).cursors).length).toBeLessThanOrEqual(200);
    // A change anywhere reaches the admin on the next pull.
    const desk = await makeAccount(db, 'station_staff', { stationIds: [stationA.id], counties: ['630103'] });
    const deskPhone = await device(desk);
    await deskPhone.engine.syncOnce();
    await mutate(deskPhone.local, 'seeker.edit', { id: profiles[7].id, patch: { village: '总寨村' } });
    await deskPhone.engine.syncOnce();
    await phone.engine.syncOnce();
    expect((await phone.local.seekers.get(profiles[7].id))?.village).toBe('总寨村');
    await phone.engine.auth.logout();
    await phone.engine.syncOnce();
    expect(await phone.local.seekers.count()).toBe(0);
    expect(await phone.local.stations.count()).toBe(2);
  });
});
