import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNTS_PATH, type AccountView, type LoginResponse, type RefreshResponse } from '../../src/core/auth';
import { uuidv7 } from '../../src/core/ids';
import { createAccount } from '../../server/auth/accounts';
import { ensureAdmin } from '../../server/auth/admin';
import { MemoryCodeSender } from '../../server/auth/code-sender';
import { purgeLogins, readAccessToken, signingKeyOf } from '../../server/auth/tokens';
import { createApp } from '../../server/app';
import type { Database } from '../../server/db/database';
import { migrate } from '../../server/db/migrate';
import { PULL_PATH, SCHEMA_VERSION } from '../../src/core/protocol';
import { bearer, makeAccount, TEST_PASSWORD } from '../support/accounts';
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
    app = createApp({ db, codeSender: sms, now: () => clock, trustProxy: true });
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
      password: 'desk-password-1',
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
  /** Requests as if from `ip`, which the reverse proxy names in X-Forwarded-For (trustProxy). */
  const from = (ip: string) => ({ 'X-Forwarded-For': `203.0.113.9, ${ip}` });
  const login = (body: Record<string, unknown>, ip = '198.51.100.1') =>
    postJson(app, '/api/auth/v1/login', { clientId, ...body }, from(ip));
  const askCode = (who: string, ip = '198.51.100.1') => postJson(app, '/api/auth/v1/code', { phone: who }, from(ip));

  async function staff(role: AccountView['role'] = 'station_staff') {
    return createAccount(db, {
      phone: `1360000${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`,
      role,
      stationIds: [],
      counties: ['630103'],
      password: 'desk-password-1',
    });
  }

  it('staff and admins need their password: a code alone is refused for them, not for workers and employers', async () => {
    for (const role of ['station_staff', 'field_staff', 'admin'] as const) {
      const account = await staff(role);
      expect((await askCode(account.phone)).status).toBe(200);
      const byCode = await login({ phone: account.phone, code: sms.lastCode(account.phone) });
      expect(byCode.status, role).toBe(403);
      expect(await byCode.json()).toMatchObject({ error: 'PASSWORD_REQUIRED' });
      expect((await login({ phone: account.phone, password: 'desk-password-1' })).status).toBe(200);
    }
    const employer = await makeAccount(db, 'employer');
    await askCode(employer.phone);
    expect((await login({ phone: employer.phone, code: sms.lastCode(employer.phone) })).status).toBe(200);
  });

  it('a stranger’s wrong passwords lock only their own address, briefly, with a wait that doubles', async () => {
    const desk = await staff();
    for (let i = 0; i < 12; i++) await login({ phone: desk.phone, password: 'guess-guess-guess' }, '192.0.2.66');
    const locked = await login({ phone: desk.phone, password: 'desk-password-1' }, '192.0.2.66');
    expect(locked.status).toBe(429);
    const firstWait = Number(locked.headers.get('Retry-After'));
    expect(firstWait).toBeGreaterThan(0);
    expect(firstWait).toBeLessThanOrEqual(15 * 60);
    // The owner, elsewhere, is not locked out by it.
    expect((await login({ phone: desk.phone, password: 'desk-password-1' }, '198.51.100.7')).status).toBe(200);
    // After the wait the stranger may try again; failing again makes the next wait longer.
    clock += firstWait * 1000;
    for (let i = 0; i < 6; i++) await login({ phone: desk.phone, password: 'guess-guess-guess' }, '192.0.2.66');
    const again = await login({ phone: desk.phone, password: 'guess-guess-guess' }, '192.0.2.66');
    expect(again.status).toBe(429);
    expect(Number(again.headers.get('Retry-After'))).toBeGreaterThan(firstWait);
    // Never a day: within 15 minutes the address may log in with the right password.
    clock += 15 * 60_000;
    expect((await login({ phone: desk.phone, password: 'desk-password-1' }, '192.0.2.66')).status).toBe(200);
  });

  it('guessing across many phones from one address is stopped there; other addresses log in', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) {
      statuses.push(
        (await login({ phone: `1391111${String(i).padStart(4, '0')}`, password: 'password1' }, '192.0.2.7')).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
    const desk = await staff();
    expect((await login({ phone: desk.phone, password: 'desk-password-1' }, '198.51.100.8')).status).toBe(200);
  });

  it('code requests are limited per address and overall, and a stranger cannot keep the owner from a code for long', async () => {
    const perAddress: number[] = [];
    for (let i = 0; i < 25; i++)
      perAddress.push((await askCode(`1392222${String(i).padStart(4, '0')}`, '192.0.2.8')).status);
    expect(perAddress[0]).toBe(200);
    expect(perAddress.at(-1)).toBe(429);

    // A stranger asks for codes to the owner's phone whenever allowed, for two hours.
    const owner = '13933330000';
    for (let minute = 0; minute < 120; minute++) {
      await askCode(owner, '192.0.2.9');
      clock += 60_000;
    }
    // The owner may have to wait, but not for a day: within half an hour a code comes.
    let waited = 0;
    while ((await askCode(owner, '198.51.100.9')).status === 429 && waited < 24 * 60) {
      clock += 60_000;
      waited += 1;
    }
    expect(waited).toBeLessThanOrEqual(30);
  });

  it('code requests from many addresses for many phones meet the overall limit (the SMS bill)', async () => {
    const limited = createApp({ db, codeSender: sms, now: () => clock, trustProxy: true, limits: { codesOverall: 5 } });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push(
        (
          await postJson(
            limited,
            '/api/auth/v1/code',
            { phone: `1394444${String(i).padStart(4, '0')}` },
            from(`192.0.2.${i + 20}`),
          )
        ).status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
  });

  it('logging out ends the access token at once: a pull with it is refused', async () => {
    const session = await loginWithCode();
    const pull = () =>
      postJson(
        app,
        PULL_PATH,
        { v: 1, clientId, schema: SCHEMA_VERSION, epoch: null, buckets: {} },
        { Authorization: `Bearer ${session.accessToken}` },
      );
    expect((await pull()).status).toBe(200);
    await postJson(app, '/api/auth/v1/logout', { refreshToken: session.refreshToken });
    const after = await pull();
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({ error: 'TOKEN_EXPIRED' });
  });

  it('refresh tokens rotate; a used one presented again later ends the whole login, access token included', async () => {
    const session = await loginWithCode();
    const refresh = (token: string) => postJson(app, '/api/auth/v1/refresh', { refreshToken: token, clientId });
    const first = (await (await refresh(session.refreshToken)).json()) as RefreshResponse;
    expect(first.refreshToken).toBeTruthy();
    expect(first.refreshToken).not.toBe(session.refreshToken);
    // Two tabs refreshing at once with the same token: both get through (a race, not a theft).
    expect((await refresh(first.refreshToken)).status).toBe(200);
    const second = (await (await refresh(first.refreshToken)).json()) as RefreshResponse;
    expect(second.refreshToken).toBeTruthy();
    clock += 5 * 60_000;
    // The first token, long used, comes back: someone copied it. The whole family ends.
    expect((await refresh(session.refreshToken)).status).toBe(401);
    expect((await refresh(second.refreshToken)).status).toBe(401);
    const pull = await postJson(
      app,
      PULL_PATH,
      { v: 1, clientId, schema: SCHEMA_VERSION, epoch: null, buckets: {} },
      { Authorization: `Bearer ${second.accessToken}` },
    );
    expect(pull.status).toBe(401);
  });

  it('old logins are forgotten: tokens traded in a week ago and ended logins go, the current token keeps working', async () => {
    const session = await loginWithCode();
    const refresh = (token: string) => postJson(app, '/api/auth/v1/refresh', { refreshToken: token, clientId });
    const next = (await (await refresh(session.refreshToken)).json()) as RefreshResponse;
    clock += 61_000;
    const ended = await loginWithCode(phone, uuidv7());
    await postJson(app, '/api/auth/v1/logout', { refreshToken: ended.refreshToken });
    const rows = async () =>
      (
        await db.query<{ n: number }>(
          'SELECT (SELECT count(*) FROM refresh_tokens) + (SELECT count(*) FROM token_families) AS n',
        )
      )[0].n;
    const before = Number(await rows());
    clock += 8 * 86_400_000;
    await purgeLogins(db, clock);
    // The traded-in token, the ended login and its token are gone; the live login and its current token stay.
    expect(Number(await rows())).toBe(before - 3);
    expect((await refresh(session.refreshToken)).status).toBe(401);
    expect((await refresh(next.refreshToken)).status).toBe(200);
  });

  it('a wrong password takes as long for an unknown or a worker’s phone as for a staff phone (who is staff stays hidden)', async () => {
    const desk = await staff();
    const worker = await loginWithCode('13955550000');
    let ip = 0;
    const timeOf = async (who: string) => {
      const started = performance.now();
      ip += 1;
      const response = await login({ phone: who, password: 'not-the-password' }, `192.0.2.${100 + (ip % 100)}`);
      expect(response.status).toBe(401);
      return performance.now() - started;
    };
    // Interleaved, so a load spike on a shared machine hits both sides alike; before the fix
    // a staff phone took ~9× as long (94 ms of scrypt against 10 ms), far outside these bounds.
    const medianRatio = async (other: string) => {
      const ratios: number[] = [];
      for (let i = 0; i < 7; i++) ratios.push((await timeOf(other)) / (await timeOf(desk.phone)));
      return ratios.sort((a, b) => a - b)[3];
    };
    await timeOf(desk.phone); // warm up scrypt
    for (const other of ['13966660000', worker.account.phone]) {
      const ratio = await medianRatio(other);
      expect(ratio, other).toBeGreaterThan(1 / 3);
      expect(ratio, other).toBeLessThan(3);
    }
  });

  it('one address gets a few password checks at a time; others are not held up by it', async () => {
    const gated = createApp({
      db,
      codeSender: sms,
      now: () => clock,
      trustProxy: true,
      limits: { concurrentPerAddress: 2 },
    });
    const desk = await staff();
    const attempt = (ip: string, password: string) =>
      postJson(gated, '/api/auth/v1/login', { phone: desk.phone, password, clientId }, from(ip));
    const flood = Array.from({ length: 10 }, (_, i) => attempt('192.0.2.40', `wrong-password-${i}`));
    const other = attempt('198.51.100.40', 'desk-password-1');
    const statuses = await Promise.all(flood.map(async (r) => (await r).status));
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const busy = await (await flood[statuses.indexOf(429)]).json();
    expect(busy).toMatchObject({ error: 'BUSY' });
    expect((await other).status).toBe(200);
  });

  it('auth endpoints take small bodies only', async () => {
    const big = await postJson(app, '/api/auth/v1/login', { phone, password: 'x'.repeat(20_000), clientId });
    expect(big.status).toBe(413);
  });

  it('test accounts keep their password login (TEST_PASSWORD)', async () => {
    const worker = await makeAccount(db, 'worker');
    expect((await login({ phone: worker.phone, password: TEST_PASSWORD })).status).toBe(200);
  });
});
