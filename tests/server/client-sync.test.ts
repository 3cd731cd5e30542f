/**
 * The client's sync loop (Dexie on fake-indexeddb) against the real server app, with the
 * network in between replaced by a switchable link that can drop requests or answers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changesOf } from '../../src/core/edits';
import { uuidv7 } from '../../src/core/ids';
import { GigDb } from '../../src/db/db';
import { mutate } from '../../src/db/mutate';
import { SyncEngine } from '../../src/sync/engine';
import { NetworkError } from '../../src/sync/http';
import type { Database } from '../../server/db/database';
import { seedDemo } from '../../server/demo/seed';
import { PUSH_PATH } from '../../src/core/protocol';
import { readSyncState } from '../../src/db/sync-state';
import type { Station } from '../../src/core/records';
import { stationEdit } from '../../src/features/stations/edit';
import { readRecord } from '../../server/sync/record-store';
import { jobPostArgs, seekerRegisterArgs } from '../fixtures/records';
import { actorFor, FIXTURE_COUNTY, makeAccount, signIn } from '../support/accounts';
import { countyOf } from '../../src/core/regions/codes';
import { ourSeekers } from '../../src/features/desk/desk.repo';
import { followEveryCounty } from '../../src/features/place/place.repo';
import { DATABASES, openApp, type TestApp } from './databases';

type LinkMode = 'up' | 'down' | 'drop-answer';

/** A network link to the app: up, down, or delivering the request but losing the answer. */
function link(app: TestApp) {
  const state = { mode: 'up' as LinkMode, requests: 0, paths: [] as string[] };
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (state.mode === 'down') throw new TypeError('Failed to fetch');
    state.requests += 1;
    state.paths.push(new URL(String(input), 'http://app').pathname);
    const response = await app.request(String(input), init);
    if (state.mode === 'drop-answer') throw new TypeError('connection reset after the server answered');
    return response;
  }) as typeof fetch;
  return { state, fetchImpl };
}

describe.each(DATABASES)('client sync against the server on $name', (database) => {
  let db: Database;
  let app: TestApp;

  beforeEach(async () => {
    ({ db, app } = await openApp(database, 50));
    await seedDemo(db, { jobs: 120, seekers: 5, stationsPerCounty: 1 });
  });
  afterEach(async () => {
    await db.close();
  });

  /** A device, logged in as a new staff account of the fixtures' county when `staff` (posting and editing jobs need one). */
  const device = async (app: TestApp, staff?: 'station_staff' | 'field_staff') => {
    const net = link(app);
    const local = new GigDb(`device-${uuidv7()}`);
    if (staff) await signIn(local, await makeAccount(db, staff), { fetch: net.fetchImpl });
    return { net, local, engine: new SyncEngine(local, { fetch: net.fetchImpl }) };
  };

  it('first sync downloads every station and job in pages', async () => {
    const { local, engine } = await device(app);
    const report = await engine.syncOnce();
    const [{ n: jobs }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM records WHERE kind = 'job'`);
    expect(await local.jobs.count()).toBe(jobs);
    expect(await local.stations.count()).toBe(10);
    expect(report.pulledPages).toBeGreaterThan(1);
  });

  it('a logged-out phone sends its anonymous 求助, keeps the rest for a login without asking again, then sends it as the worker', async () => {
    const { net, local, engine } = await device(app);
    const complaint = { kind: 'wage_arrears' as const, employerName: '某建筑队', description: '两个月没发工资' };
    await mutate(local, 'complaint.file', {
      ...complaint,
      id: uuidv7(),
      anonymous: true,
      evidence: [],
      regionCode: '630103100',
    });
    const profile = seekerRegisterArgs({ registeredBy: 'self' });
    await mutate(local, 'seeker.register', profile);
    const pushes = () => net.state.paths.filter((path) => path === PUSH_PATH).length;

    expect(await engine.syncOnce()).toMatchObject({ pushed: 1, waitingForLogin: true });
    expect(pushes()).toBe(1);
    for (let i = 0; i < 3; i++) expect(await engine.syncOnce()).toMatchObject({ pushed: 0, waitingForLogin: true });
    // Nothing was sent for the profile: no push answered 401 LOGIN_REQUIRED, the pulls went on.
    expect(pushes()).toBe(1);
    expect((await readSyncState(local)).waitingForLogin).toBe(true);
    expect(await local.outbox.count()).toBe(1);

    const worker = await makeAccount(db, 'worker');
    await signIn(local, worker, { fetch: net.fetchImpl });
    expect(await engine.syncOnce()).toMatchObject({ pushed: 1, rejected: 0, waitingForLogin: false });
    expect(await local.outbox.count()).toBe(0);
    const [saved] = await db.query<{ owner: string }>(
      `SELECT data->>'registeredByUser' AS owner FROM records WHERE id = $1`,
      [profile.id],
    );
    expect(saved.owner).toBe(worker.id);
  });

  it('a phone that pulled before logging in gets the rows as the account may see them (a poster’s own jobs name their author)', async () => {
    const employer = await makeAccount(db, 'employer');
    const poster = await device(app);
    await signIn(poster.local, employer, { fetch: poster.net.fetchImpl });
    const job = jobPostArgs();
    await mutate(poster.local, 'job.post', job);
    await poster.engine.syncOnce();

    const { net, local, engine } = await device(app);
    await engine.syncOnce();
    expect((await local.jobs.get(job.id))?.createdBy).toBeUndefined();
    await signIn(local, employer, { fetch: net.fetchImpl });
    await engine.syncOnce();
    expect((await local.jobs.get(job.id))?.createdBy).toBe(employer.id);
    // Once per change of account, not at every sync.
    const pulled = (await engine.syncOnce()).pulledPages;
    expect(pulled).toBe(1);
  });

  it('a field worker’s phone that took every county follows their counties once they log in, and pulls only those jobs', async () => {
    const { net, local } = await device(app);
    // The phone's first user tapped 全部地区 before anyone logged in.
    await followEveryCounty(local);
    await signIn(local, await makeAccount(db, 'field_staff'), { fetch: net.fetchImpl });
    expect((await readSyncState(local)).counties).toEqual([FIXTURE_COUNTY]);
    await new SyncEngine(local, { fetch: net.fetchImpl }).syncOnce();
    const counties = new Set((await local.jobs.toArray()).map((job) => countyOf(job.regionCode)));
    expect([...counties]).toEqual([FIXTURE_COUNTY]);
  });

  it('people field staff register offline and hand to a station reach that station’s desk list', async () => {
    const [desk] = await db.query<{ id: string }>(
      `SELECT id FROM records WHERE kind = 'station' AND data->>'regionCode' LIKE $1 LIMIT 1`,
      [`${FIXTURE_COUNTY}%`],
    );
    const field = await device(app, 'field_staff');
    field.net.state.mode = 'down';
    const villagers = [
      seekerRegisterArgs({ name: '马大姐', stationId: desk.id }),
      seekerRegisterArgs({ name: '韩师傅', phone: '13900000002', stationId: desk.id }),
    ];
    for (const villager of villagers) await mutate(field.local, 'seeker.register', villager);
    field.net.state.mode = 'up';
    await field.engine.syncOnce();

    const deskAccount = await makeAccount(db, 'station_staff', { stationIds: [desk.id] });
    const deskPhone = await device(app);
    await signIn(deskPhone.local, deskAccount, { fetch: deskPhone.net.fetchImpl });
    await deskPhone.engine.syncOnce();
    const listed = await ourSeekers(deskPhone.local, actorFor(deskAccount));
    // Beside the people the demo registered there: the two villagers field staff handed over.
    expect(
      listed
        .filter((s) => villagers.some((v) => v.id === s.id))
        .map((s) => s.name)
        .sort(),
    ).toEqual(['韩师傅', '马大姐'].sort());
  });

  it('a job posted offline stays pending, then reaches the server exactly once', async () => {
    const { net, local, engine } = await device(app, 'station_staff');
    const args = jobPostArgs();
    net.state.mode = 'down';
    await mutate(local, 'job.post', args);
    await expect(engine.syncOnce()).rejects.toBeInstanceOf(NetworkError);
    expect(await local.outbox.count()).toBe(1);
    net.state.mode = 'drop-answer';
    await expect(engine.syncOnce()).rejects.toBeInstanceOf(NetworkError);
    net.state.mode = 'up';
    await engine.syncOnce();
    expect(await local.outbox.count()).toBe(0);
    const rows = await db.query<{ version: number }>(`SELECT version FROM records WHERE id = $1`, [args.id]);
    expect(rows).toHaveLength(1);
    expect((await local.jobs.get(args.id))?.version).toBe(rows[0].version);
    const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM sync_mutation');
    expect(n).toBe(1);
  });

  it('a desk’s two offline edits of its station in a row are both accepted; phone and server end with the second', async () => {
    const probe = await device(app);
    await probe.engine.syncOnce();
    const home = (await probe.local.stations.toArray()).find((s) => s.regionCode.startsWith(FIXTURE_COUNTY))!;
    const net = link(app);
    const local = new GigDb(`device-${uuidv7()}`);
    await signIn(local, await makeAccount(db, 'station_staff', { stationIds: [home.id] }), { fetch: net.fetchImpl });
    const engine = new SyncEngine(local, { fetch: net.fetchImpl });
    await engine.syncOnce();
    net.state.mode = 'down';
    // Each edit starts from the station as the phone shows it, the first edit included.
    const edit = async (phone: string) =>
      mutate(
        local,
        'station.save',
        stationEdit((await local.stations.get(home.id))!, {
          services: ['job_desk', 'charging'],
          hours: { allDay: false, daily: '07:30-19:00' },
          phone,
        }),
      );
    await edit('0971-8000001');
    await edit('0971-8000002');
    net.state.mode = 'up';
    expect(await engine.syncOnce()).toMatchObject({ rejected: 0 });
    expect(await local.quarantine.count()).toBe(0);
    const stored = (await readRecord(db, 'station', home.id)) as Station;
    expect(stored).toMatchObject({ phone: '0971-8000002', hours: { daily: '07:30-19:00' } });
    expect(await local.stations.get(home.id)).toMatchObject({ phone: '0971-8000002', version: stored.version });
  });

  it('a desk’s two offline edits in a row of a job’s wage, a policy and a person’s name are all accepted', async () => {
    const probe = await device(app);
    await probe.engine.syncOnce();
    const job = (await probe.local.jobs.toArray()).find((j) => j.regionCode.startsWith(FIXTURE_COUNTY) && j.stationId)!;
    const net = link(app);
    const local = new GigDb(`device-${uuidv7()}`);
    const account = await makeAccount(db, 'station_staff', { stationIds: [job.stationId!] });
    await signIn(local, account, { fetch: net.fetchImpl });
    const engine = new SyncEngine(local, { fetch: net.fetchImpl });
    const seeker = seekerRegisterArgs({ name: '马师傅' });
    const policyId = uuidv7();
    await mutate(local, 'seeker.register', seeker);
    await mutate(local, 'policy.save', {
      id: policyId,
      title: '城中区一次性创业补贴',
      body: '首次创业的，可申请一次性创业补贴5000元。',
      regionCodes: [FIXTURE_COUNTY],
      tags: ['创业'],
      publishedOn: '2026-11-20',
    });
    await engine.syncOnce();
    net.state.mode = 'down';
    // Each edit is made as the forms make it, on the record as the phone shows it (the first edit included).
    for (const [wageMin, name, title] of [
      [job.wageMin + 10, '马大师傅', '创业补贴（第一次改）'],
      [job.wageMin + 20, '马大海', '创业补贴（第二次改）'],
    ] as const) {
      await mutate(local, 'job.edit', { id: job.id, ...changesOf((await local.jobs.get(job.id))!, { wageMin }) });
      await mutate(local, 'seeker.edit', {
        id: seeker.id,
        ...changesOf((await local.seekers.get(seeker.id))!, { name }),
      });
      const {
        version: _v,
        updatedAt: _u,
        deleted: _d,
        editedBy: _by,
        ...shown
      } = (await local.policies.get(policyId))!;
      await mutate(local, 'policy.save', { ...shown, title, base: shown });
    }
    expect(await local.outbox.count()).toBe(6);
    net.state.mode = 'up';
    expect(await engine.syncOnce()).toMatchObject({ rejected: 0 });
    expect(await local.quarantine.count()).toBe(0);
    expect(await readRecord(db, 'job', job.id)).toMatchObject({ wageMin: job.wageMin + 20 });
    expect(await readRecord(db, 'seeker', seeker.id)).toMatchObject({ name: '马大海' });
    expect(await readRecord(db, 'policy', policyId)).toMatchObject({ title: '创业补贴（第二次改）' });
    const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM records WHERE kind = 'review'`);
    expect(n).toBe(0);
  });

  it('a stale wage edit is rejected, kept visible in quarantine, and the device converges', async () => {
    // Field staff of the county edit its jobs, whichever of its stations they are at.
    const a = await device(app, 'field_staff');
    const b = await device(app, 'field_staff');
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    const job = (await a.local.jobs.toArray()).find((j) => j.regionCode.startsWith(FIXTURE_COUNTY))!;
    await mutate(a.local, 'job.edit', { id: job.id, baseVersion: job.version, patch: { wageMin: 1, wageMax: 999 } });
    await a.engine.syncOnce();
    await mutate(b.local, 'job.edit', { id: job.id, baseVersion: job.version, patch: { wageMin: 2, wageMax: 998 } });
    const report = await b.engine.syncOnce();
    expect(report.rejected).toBe(1);
    expect(await b.local.quarantine.toArray()).toMatchObject([{ code: 'STALE', field: 'wageMin' }]);
    expect(await b.local.jobs.get(job.id)).toMatchObject({ wageMin: 1, wageMax: 999 });
    expect(await b.local.base.count()).toBe(0);
  });
});
