/**
 * Issue 13, the desk's side of a sync file: POST /api/sync/v1/import checks the file, then
 * applies its writes as the account that signed it, exactly once whichever way they arrive
 * (a second import, or the phone's own push later). A desk cannot forge or change a file, nor
 * use a file to write where its maker may not; malformed files of every kind get a clear 4xx.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountView, LoginResponse } from '../../src/core/auth';
import { LOGIN_PATH, LOGOUT_PATH, REFRESH_PATH } from '../../src/core/auth';
import { fileKeyFor, fileKeySecretOf, issueAccessToken, signingKeyOf, startLogin } from '../../server/auth/tokens';
import { uuidv7 } from '../../src/core/ids';
import type { MutatorArgs, MutatorName } from '../../src/core/mutators';
import {
  IMPORT_PATH,
  type ImportResponse,
  type Mutation,
  PUSH_PATH,
  type PushResponse,
  SCHEMA_VERSION,
} from '../../src/core/protocol';
import type { Station } from '../../src/core/records';
import { type FileKey, sha256Hex, type UnsentBody, writeSyncFile } from '../../src/core/sync-file';
import type { Database } from '../../server/db/database';
import { readRecord, writeRecords } from '../../server/sync/record-store';
import { jobPostArgs, seekerRegisterArgs, station } from '../fixtures/records';
import { makeAccount, TEST_PASSWORD } from '../support/accounts';
import { DATABASES, openApp, postJson, type TestApp } from './databases';

interface Phone {
  account: AccountView;
  clientId: string;
  headers: Record<string, string>;
  fileKey: FileKey;
  refreshToken: string;
}

describe.each(DATABASES)('sync file import on $name', (database) => {
  let db: Database;
  let app: TestApp;
  let stationA: Station;
  let fieldA: Phone;
  let fieldB: Phone;
  let deskA: Phone;
  let worker: Phone;

  /** A login made by the server's own code (password hashing would cost seconds a test). */
  async function logIn(account: AccountView): Promise<Phone> {
    const clientId = uuidv7();
    const { family, refreshToken } = await startLogin(db, account.id, clientId, Date.now());
    const access = await issueAccessToken(await signingKeyOf(db)(), account, clientId, family, Date.now());
    return {
      account,
      clientId,
      headers: { Authorization: `Bearer ${access.token}` },
      fileKey: fileKeyFor(await fileKeySecretOf(db)(), family),
      refreshToken,
    };
  }

  beforeEach(async () => {
    ({ db, app } = await openApp(database));
    stationA = station({ regionCode: '630103100' });
    await db.transaction((tx) => writeRecords(tx, [{ kind: 'station', record: stationA }]));
    fieldA = await logIn(await makeAccount(db, 'field_staff', { counties: ['630103'] }));
    fieldB = await logIn(await makeAccount(db, 'field_staff', { counties: ['150525'] }));
    deskA = await logIn(await makeAccount(db, 'station_staff', { stationIds: [stationA.id], counties: ['630103'] }));
    worker = await logIn(await makeAccount(db, 'worker'));
  });
  afterEach(async () => {
    await db.close();
  });

  const mutation = <N extends MutatorName>(seq: number, name: N, args: MutatorArgs<N>): Mutation => ({
    seq,
    id: uuidv7(),
    name,
    args,
    at: Date.now(),
  });

  const bodyFor = (phone: Phone, mutations: Mutation[]): UnsentBody => ({
    kind: 'unsent',
    account: phone.account.id,
    clientId: phone.clientId,
    schema: SCHEMA_VERSION,
    exportedAt: Date.now(),
    mutations,
  });

  /** A trip's writes: two people and a job, made in the field worker's county. */
  function tripOf(phone: Phone) {
    const seekers = [seekerRegisterArgs({ name: '张三' }), seekerRegisterArgs({ name: '李四', phone: '13900000002' })];
    const job = jobPostArgs();
    const mutations = [
      mutation(1, 'seeker.register', seekers[0]),
      mutation(2, 'seeker.register', seekers[1]),
      mutation(3, 'job.post', job),
    ];
    return { seekers, job, mutations, body: bodyFor(phone, mutations) };
  }

  /** The phone's own push of the same entries, when it finds a network. */
  const pushFrom = (phone: Phone, mutations: Mutation[]) =>
    postJson(app, PUSH_PATH, { v: 1, clientId: phone.clientId, schema: SCHEMA_VERSION, mutations }, phone.headers);

  async function importAs(who: Phone, file: string | object) {
    const response = await postJson(app, IMPORT_PATH, file, who.headers);
    return { status: response.status, body: (await response.json()) as ImportResponse & { error?: string } };
  }

  it('hands every login its file key, and the same one at each refresh', async () => {
    const response = await postJson(app, LOGIN_PATH, {
      phone: fieldA.account.phone,
      password: TEST_PASSWORD,
      clientId: fieldA.clientId,
    });
    const login = (await response.json()) as LoginResponse;
    expect(login.fileKey?.secret).toMatch(/^[\w-]{43}$/);
    const refreshed = await postJson(app, REFRESH_PATH, {
      refreshToken: login.refreshToken,
      clientId: fieldA.clientId,
    });
    expect(((await refreshed.json()) as LoginResponse).fileKey).toEqual(login.fileKey);
  });

  it('applies a field phone’s file as that account, and a second import (or the phone’s own push) changes nothing', async () => {
    const trip = tripOf(fieldA);
    const file = await writeSyncFile(trip.body, fieldA.fileKey);
    const first = await importAs(deskA, file);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.account).toBe(fieldA.account.id);
    expect(first.body.lines.map((l) => l.outcome)).toEqual(['applied', 'applied', 'applied']);
    const seeker = await readRecord(db, 'seeker', trip.seekers[0].id);
    expect(seeker).toMatchObject({ name: '张三' });
    const job = await readRecord(db, 'job', trip.job.id);
    expect(job?.version).toBeGreaterThan(0);

    const second = await importAs(deskA, file);
    expect(second.status).toBe(200);
    expect(second.body.lines.map((l) => l.outcome)).toEqual(['already', 'already', 'already']);
    expect((await readRecord(db, 'job', trip.job.id))?.version).toBe(job?.version);

    // The phone comes back in range and pushes the same entries: answered as processed, nothing new.
    const push = await pushFrom(fieldA, trip.mutations);
    expect(push.status).toBe(200);
    expect(((await push.json()) as PushResponse).results.every((r) => r.ok)).toBe(true);
    expect((await readRecord(db, 'seeker', trip.seekers[0].id))?.version).toBe(seeker?.version);
    const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM sync_mutation WHERE client_id = $1', [
      fieldA.clientId,
    ]);
    expect(rows[0].n).toBe(3);
  });

  it('after the phone pushed first, the import reports every write as already there', async () => {
    const trip = tripOf(fieldA);
    expect((await pushFrom(fieldA, trip.mutations)).status).toBe(200);
    const answer = await importAs(deskA, await writeSyncFile(trip.body, fieldA.fileKey));
    expect(answer.body.lines.map((l) => l.outcome)).toEqual(['already', 'already', 'already']);
  });

  it('refuses a file changed by one byte, whether or not its checksum was redone', async () => {
    const trip = tripOf(fieldA);
    const file = JSON.parse(await writeSyncFile(trip.body, fieldA.fileKey));
    const changedBody = (file.body as string).replace('张三', '王五');
    const damaged = await importAs(deskA, { ...file, body: changedBody });
    expect(damaged).toMatchObject({ status: 400, body: { error: 'FILE_DAMAGED' } });
    const forged = await importAs(deskA, { ...file, body: changedBody, sha256: await sha256Hex(changedBody) });
    expect(forged).toMatchObject({ status: 403, body: { error: 'FILE_SIGNATURE' } });
    expect(await readRecord(db, 'seeker', trip.seekers[0].id)).toBeUndefined();
  });

  it('refuses a file the desk signed with its own key in the field worker’s name, and an unsigned one', async () => {
    const trip = tripOf(fieldA);
    expect(await importAs(deskA, await writeSyncFile(trip.body, deskA.fileKey))).toMatchObject({
      status: 403,
      body: { error: 'FILE_SIGNATURE' },
    });
    expect(await importAs(deskA, await writeSyncFile(trip.body))).toMatchObject({
      status: 403,
      body: { error: 'FILE_SIGNATURE' },
    });
    const madeUpKey = { id: fieldA.fileKey.id, secret: deskA.fileKey.secret };
    expect(await importAs(deskA, await writeSyncFile(trip.body, madeUpKey))).toMatchObject({ status: 403 });
    expect(await readRecord(db, 'seeker', trip.seekers[0].id)).toBeUndefined();
  });

  it('runs the maker’s own checks: another county’s field worker cannot write here through a desk', async () => {
    // fieldB covers 150525: a job in 630103, a registration at a 630103 station and a person
    // living in 630103 are all outside fieldB's counties (docs/ACCESS.md); a person of 150525 is not.
    const job = jobPostArgs();
    const atStation = seekerRegisterArgs({ stationId: stationA.id });
    const elsewhere = seekerRegisterArgs();
    const ownCounty = seekerRegisterArgs({ regionCode: '150525100' });
    const mutations = [
      mutation(1, 'job.post', job),
      mutation(2, 'seeker.register', atStation),
      mutation(3, 'seeker.register', elsewhere),
      mutation(4, 'seeker.register', ownCounty),
    ];
    const answer = await importAs(deskA, await writeSyncFile(bodyFor(fieldB, mutations), fieldB.fileKey));
    expect(answer.status).toBe(200);
    expect(answer.body.lines.map((l) => l.outcome)).toEqual(['refused', 'refused', 'refused', 'applied']);
    expect(answer.body.lines[0]).toMatchObject({ code: 'OUT_OF_SCOPE' });
    expect(await readRecord(db, 'job', job.id)).toBeUndefined();
    expect(await readRecord(db, 'seeker', atStation.id)).toBeUndefined();
    expect(await readRecord(db, 'seeker', elsewhere.id)).toBeUndefined();
    // The desk's own right to write in 630103 lends nothing: the registration is fieldB's.
    expect(await readRecord(db, 'seeker', ownCounty.id)).toMatchObject({ registeredByUser: fieldB.account.id });
  });

  it('only a desk imports, and a file of a login that ended is refused', async () => {
    const file = await writeSyncFile(tripOf(fieldA).body, fieldA.fileKey);
    expect(await importAs(worker, file)).toMatchObject({ status: 403, body: { error: 'FORBIDDEN' } });
    expect(await importAs(fieldB, file)).toMatchObject({ status: 403, body: { error: 'FORBIDDEN' } });
    expect((await postJson(app, IMPORT_PATH, file)).status).toBe(403);
    await postJson(app, LOGOUT_PATH, { refreshToken: fieldA.refreshToken });
    expect(await importAs(deskA, file)).toMatchObject({ status: 403, body: { error: 'FILE_SIGNATURE' } });
  });

  it('answers malformed files with a clear 4xx, never a 500', async () => {
    const good = JSON.parse(await writeSyncFile(tripOf(fieldA).body, fieldA.fileKey));
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const cases: (string | object)[] = [
      huge,
      JSON.stringify(good).slice(0, 200),
      { ...good, body: 'x'.repeat(3 * 1024 * 1024) },
      { ...good, v: 2 },
      { ...good, body: 42 },
      {
        ...good,
        body: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
      },
    ];
    for (const file of cases) {
      const response = await postJson(app, IMPORT_PATH, file, deskA.headers);
      expect(response.status, JSON.stringify(file).slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(((await response.json()) as { error: string }).error).toMatch(/^[A-Z_]+$/);
    }
    // Bodies that hash right but hold anything at all: a checked 4xx each.
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.string({ maxLength: 2000 })), async (value) => {
        const body = typeof value === 'string' ? value : JSON.stringify(value);
        const file = { ...good, body, sha256: await sha256Hex(body ?? '') };
        const response = await postJson(app, IMPORT_PATH, file, deskA.headers);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
    // Envelopes of any shape.
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const response = await postJson(app, IMPORT_PATH, JSON.stringify(value) ?? 'null', deskA.headers);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });
});
