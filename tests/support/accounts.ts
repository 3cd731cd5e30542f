/**
 * Accounts for tests: made straight in the database (as an admin would), then used through
 * the real login API, so every test that writes goes through tokens like a real device.
 */
import type { Actor, Role } from '../../src/core/access';
import { type AccountView, LOGIN_PATH, type LoginResponse } from '../../src/core/auth';
import type { GigDb } from '../../src/db/db';
import { adoptAnonymousWrites } from '../../src/db/outbox';
import { writeSession } from '../../src/db/session';
import { readSyncState } from '../../src/db/sync-state';
import { AuthClient } from '../../src/sync/auth';
import { issueAccessToken, signingKeyOf, startLogin } from '../../server/auth/tokens';
import { createAccount } from '../../server/auth/accounts';
import type { Queryable } from '../../server/db/database';

/** Test accounts log in with a password, whatever their role, so no code has to be read. */
export const TEST_PASSWORD = 'correct horse battery';

let phones = 0;

/** The county of the fixtures' places (tests/fixtures/records.ts): staff work there unless told otherwise. */
export const FIXTURE_COUNTY = '630103';

export async function makeAccount(
  db: Queryable,
  role: Role,
  scope: { stationIds?: string[]; counties?: string[] } = {},
): Promise<AccountView> {
  phones += 1;
  const phone = `137${String(process.pid % 1000).padStart(3, '0')}${String(phones).padStart(5, '0')}`;
  const staff = role === 'station_staff' || role === 'field_staff';
  return createAccount(db, {
    phone,
    role: role as AccountView['role'],
    stationIds: scope.stationIds ?? [],
    counties: scope.counties ?? (staff ? [FIXTURE_COUNTY] : []),
    password: TEST_PASSWORD,
  });
}

/**
 * Give a device a session for the account with tokens issued by the server's own code,
 * skipping only the password check: for tests that open hundreds of devices, which the
 * login rate limit (10 per phone per 10 minutes) would rightly refuse.
 */
export async function issueSession(server: Queryable, local: GigDb, account: AccountView): Promise<void> {
  const { clientId } = await readSyncState(local);
  const now = Date.now();
  const { family, refreshToken } = await startLogin(server, account.id, clientId, now);
  const access = await issueAccessToken(await signingKeyOf(server)(), account, clientId, family, now);
  await writeSession(local, { account, accessToken: access.token, accessExpiresAt: access.expiresAt, refreshToken });
  if (account.role === 'worker') await adoptAnonymousWrites(local, account.id);
}

/** Log a device in through the login API; its later writes belong to this account. */
export async function signIn(local: GigDb, account: AccountView, net: { baseUrl?: string; fetch?: typeof fetch }) {
  return new AuthClient(local, net).login(account.phone, { password: TEST_PASSWORD });
}

export function actorFor(account: AccountView): Actor {
  return { userId: account.id, role: account.role, stationIds: account.stationIds, counties: account.counties };
}

/**
 * An Authorization header for raw protocol tests: logs the account in through the API of
 * an in-process app or of a server at a base URL.
 */
export async function bearer(
  target: string | { request(path: string, init: RequestInit): Response | Promise<Response> },
  account: Pick<AccountView, 'phone'>,
  clientId: string,
  password = TEST_PASSWORD,
): Promise<Record<string, string>> {
  const send = (init: RequestInit) =>
    typeof target === 'string' ? fetch(target + LOGIN_PATH, init) : target.request(LOGIN_PATH, init);
  const response = await send({
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ phone: account.phone, password, clientId }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const { accessToken } = (await response.json()) as LoginResponse;
  return { Authorization: `Bearer ${accessToken}` };
}

/** Copy every account to another database, ids included, so a control server can replay pushes. */
export async function copyAccounts(from: Queryable, to: Queryable): Promise<void> {
  const rows = await from.query<Record<string, unknown>>(
    'SELECT id, phone, name, role, station_ids, counties, password_hash FROM accounts',
  );
  await to.query(
    `INSERT INTO accounts (id, phone, name, role, station_ids, counties, password_hash)
     SELECT id, phone, name, role, station_ids, counties, password_hash
     FROM jsonb_to_recordset($1::text::jsonb)
       AS x(id uuid, phone text, name text, role text, station_ids jsonb, counties jsonb, password_hash text)`,
    [JSON.stringify(rows)],
  );
}
