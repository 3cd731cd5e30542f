import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNTS_PATH, type LoginResponse, type RefreshResponse } from '../../src/core/auth';
import { uuidv7 } from '../../src/core/ids';
import { createAccount } from '../../server/auth/accounts';
import { ensureAdmin } from '../../server/auth/admin';
import { MemoryCodeSender } from '../../server/auth/code-sender';
import { readAccessToken, signingKeyOf } from '../../server/auth/tokens';
import { createApp } from '../../server/app';
import type { Database } from '../../server/db/database';
import { migrate } from '../../server/db/migrate';
import { bearer } from '../support/accounts';
import { DATABASES, postJson, type TestApp } from './databases';

describe.each(DATABASES)('accounts and tokens on $name', (database) => {
  let db: Database;
  let app: TestApp;
  let sms: MemoryCodeSender;
  let clock: number;
  const clientId = uuidv7();
  const phone = '13912345678';

  beforeEach(async () => {
    db = await database.open();
    await migrate(db);
    sms = new MemoryCodeSender();
    clock = Date.now();
    app = createApp({ db, codeSender: sms, now: () => clock });
  });
  afterEach(async () => {
    await db.close();
  });

  async function loginWithCode(who = phone, device = clientId) {
    expect((await postJson(app, '/api/auth/v1/code', { phone: who })).status).toBe(200);
    const response = await postJson(app, '/api/auth/v1/login', {
      phone: who,
      code: sms.lastCode(who),
      clientId: device,
    });
    expect(response.status).toBe(200);
    return (await response.json()) as LoginResponse;
  }

  it('signs a worker up by phone code and issues tokens bound to the device', async () => {
    const login = await loginWithCode();
    expect(login.account).toMatchObject({ phone, role: 'worker', stationIds: [], counties: [] });
    const claims = await readAccessToken(await signingKeyOf(db)(), login.accessToken);
    expect(claims).toMatchObject({ sub: login.account.id, role: 'worker', cid: clientId });
    expect(login.accessExpiresAt - clock).toBe(30 * 60_000);
    clock += 61_000;
    const again = await loginWithCode(phone, uuidv7());
    expect(again.account.id).toBe(login.account.id);
  });

  it('refuses a wrong code, burns the code after five wrong tries, and never accepts it twice', async () => {
    await postJson(app, '/api/auth/v1/code', { phone });
    const right = sms.lastCode(phone)!;
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const response = await postJson(app, '/api/auth/v1/login', { phone, code: wrong, clientId });
      expect(response.status).toBe(401);
    }
    expect((await postJson(app, '/api/auth/v1/login', { phone, code: right, clientId })).status).toBe(401);
  });

  it('limits code requests per phone', async () => {
    expect((await postJson(app, '/api/auth/v1/code', { phone })).status).toBe(200);
    const second = await postJson(app, '/api/auth/v1/code', { phone });
    expect(second.status).toBe(429);
    expect((await second.json()).error).toBe('RATE_LIMITED');
    clock += 61_000;
    expect((await postJson(app, '/api/auth/v1/code', { phone })).status).toBe(200);
  });

  it('lets staff log in with a password, with their stations in the token', async () => {
    const station = uuidv7();
    await createAccount(db, {
      phone: '13800000001',
      role: 'station_staff',
      stationIds: [station],
      counties: ['630103'],
      password: 'desk-password',
    });
    const bad = await postJson(app, '/api/auth/v1/login', {
      phone: '13800000001',
      password: 'not-the-password',
      clientId,
    });
    expect(bad.status).toBe(401);
    const good = await postJson(app, '/api/auth/v1/login', {
      phone: '13800000001',
      password: 'desk-password',
      clientId,
    });
    const login = (await good.json()) as LoginResponse;
    expect(login.account).toMatchObject({ role: 'station_staff', stationIds: [station] });
    expect(await readAccessToken(await signingKeyOf(db)(), login.accessToken)).toMatchObject({
      st: [station],
      cty: ['630103'],
    });
  });

  it('refreshes only for the device the token was issued to, and not after logout', async () => {
    const login = await loginWithCode();
    const refreshed = await postJson(app, '/api/auth/v1/refresh', { refreshToken: login.refreshToken, clientId });
    expect(refreshed.status).toBe(200);
    expect(((await refreshed.json()) as RefreshResponse).account.id).toBe(login.account.id);
    const otherDevice = await postJson(app, '/api/auth/v1/refresh', {
      refreshToken: login.refreshToken,
      clientId: uuidv7(),
    });
    expect(otherDevice.status).toBe(401);
    await postJson(app, '/api/auth/v1/logout', { refreshToken: login.refreshToken });
    expect((await postJson(app, '/api/auth/v1/refresh', { refreshToken: login.refreshToken, clientId })).status).toBe(
      401,
    );
  });

  it('rejects a forged or expired access token', async () => {
    const login = await loginWithCode();
    const key = await signingKeyOf(db)();
    const [head, body] = login.accessToken.split('.');
    expect(await readAccessToken(key, `${head}.${body}.forged`)).toBeUndefined();
    expect(await readAccessToken('another-key', login.accessToken)).toBeUndefined();
    const expired = createApp({ db, codeSender: sms, now: () => clock - 31 * 60_000 });
    await postJson(expired, '/api/auth/v1/code', { phone: '13700000000' });
    const old = (await (
      await postJson(expired, '/api/auth/v1/login', {
        phone: '13700000000',
        code: sms.lastCode('13700000000'),
        clientId,
      })
    ).json()) as LoginResponse;
    expect(await readAccessToken(key, old.accessToken)).toBeUndefined();
  });

  it('an admin makes staff accounts through the API; nobody else can, and a phone is one account', async () => {
    await ensureAdmin(db, '13800000001', 'first-admin-pass');
    expect(await ensureAdmin(db, '13800000001', 'another-pass')).toBe(false);
    const admin = await bearer(app, { phone: '13800000001' }, clientId, 'first-admin-pass');
    const desk = {
      phone: '13800000222',
      name: '总寨驿站',
      role: 'station_staff',
      stationIds: [uuidv7()],
      counties: ['630103'],
      password: 'desk-pass-1',
    };
    const made = await postJson(app, ACCOUNTS_PATH, desk, admin);
    expect(made.status).toBe(200);
    expect(await made.json()).toMatchObject({ phone: desk.phone, role: 'station_staff', counties: ['630103'] });
    expect((await postJson(app, ACCOUNTS_PATH, desk, admin)).status).toBe(409);
    expect(
      await (await postJson(app, ACCOUNTS_PATH, { ...desk, phone: '13800000223', role: 'king' }, admin)).json(),
    ).toMatchObject({
      error: 'INVALID',
      field: 'role',
    });
    const asDesk = await bearer(app, desk, uuidv7(), desk.password);
    expect((await postJson(app, ACCOUNTS_PATH, { ...desk, phone: '13800000224' }, asDesk)).status).toBe(403);
    expect((await postJson(app, ACCOUNTS_PATH, { ...desk, phone: '13800000225' })).status).toBe(403);
  });
});
