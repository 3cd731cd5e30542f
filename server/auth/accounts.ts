/** Accounts and their secrets: login codes and staff passwords, both stored only as hashes. */
import { createHash, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { AccountView } from '../../src/core/auth';
import { uuidv7 } from '../../src/core/ids';
import type { Queryable } from '../db/database';

const scryptAsync = promisify(scrypt) as (password: string, salt: string, keylen: number) => Promise<Buffer>;
export const CODE_TTL_MS = 5 * 60_000;
const MAX_CODE_ATTEMPTS = 5;

interface AccountRow {
  id: string;
  phone: string;
  name: string | null;
  role: AccountView['role'];
  station_ids: string[];
  counties: string[];
  password_hash: string | null;
}

const view = (row: AccountRow): AccountView => ({
  id: row.id,
  phone: row.phone,
  name: row.name ?? undefined,
  role: row.role,
  stationIds: row.station_ids,
  counties: row.counties,
});

async function row(q: Queryable, where: 'phone' | 'id', value: string): Promise<AccountRow | undefined> {
  const [found] = await q.query<AccountRow>(
    `SELECT id, phone, name, role, station_ids, counties, password_hash FROM accounts WHERE ${where} = $1`,
    [value],
  );
  return found;
}

export async function accountById(q: Queryable, id: string): Promise<AccountView | undefined> {
  const found = await row(q, 'id', id);
  return found && view(found);
}

export async function createAccount(
  q: Queryable,
  account: Omit<AccountView, 'id'> & { password?: string },
): Promise<AccountView> {
  const id = uuidv7();
  await q.query(
    `INSERT INTO accounts (id, phone, name, role, station_ids, counties, password_hash)
     VALUES ($1, $2, $3, $4, $5::text::jsonb, $6::text::jsonb, $7)`,
    [
      id,
      account.phone,
      account.name ?? null,
      account.role,
      JSON.stringify(account.stationIds),
      JSON.stringify(account.counties),
      account.password ? await hashPassword(account.password) : null,
    ],
  );
  return { ...account, id };
}

/** A worker who logs in with a code for the first time gets an account on the spot. */
export async function accountForPhone(q: Queryable, phone: string): Promise<AccountView> {
  const found = await row(q, 'phone', phone);
  return found ? view(found) : createAccount(q, { phone, role: 'worker', stationIds: [], counties: [] });
}

const codeHash = (phone: string, code: string) => createHash('sha256').update(`${phone}:${code}`).digest('hex');

export async function newLoginCode(q: Queryable, phone: string, now: number): Promise<string> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await q.query(
    `INSERT INTO login_codes (phone, code_hash, expires_at, attempts) VALUES ($1, $2, $3, 0)
     ON CONFLICT (phone) DO UPDATE SET code_hash = EXCLUDED.code_hash, expires_at = EXCLUDED.expires_at, attempts = 0`,
    [phone, codeHash(phone, code), new Date(now + CODE_TTL_MS).toISOString()],
  );
  return code;
}

/** True once for the right code within its lifetime; wrong tries count, and the fifth burns it. */
export async function useLoginCode(q: Queryable, phone: string, code: string, now: number): Promise<boolean> {
  const [pending] = await q.query<{ code_hash: string; expires_at: string | Date; attempts: number }>(
    'SELECT code_hash, expires_at, attempts FROM login_codes WHERE phone = $1',
    [phone],
  );
  if (!pending || pending.attempts >= MAX_CODE_ATTEMPTS || new Date(pending.expires_at).getTime() <= now) return false;
  const expected = Buffer.from(pending.code_hash);
  const given = Buffer.from(codeHash(phone, code));
  if (expected.length === given.length && timingSafeEqual(expected, given)) {
    await q.query('DELETE FROM login_codes WHERE phone = $1', [phone]);
    return true;
  }
  await q.query('UPDATE login_codes SET attempts = attempts + 1 WHERE phone = $1', [phone]);
  return false;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = uuidv7();
  return `scrypt:${salt}:${(await scryptAsync(password, salt, 32)).toString('base64url')}`;
}

/**
 * Checked against when a phone has no password (no account, or a worker's), so a wrong
 * password takes as long for it as for a staff phone and timing does not tell who is staff.
 */
let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hashPassword(uuidv7());
  return dummy;
}

/** The account for a phone and password, or undefined; workers usually have no password. */
export async function accountForPassword(
  q: Queryable,
  phone: string,
  password: string,
): Promise<AccountView | undefined> {
  const found = await row(q, 'phone', phone);
  const stored = found?.password_hash ?? (await dummyHash());
  const [, salt, hash] = stored.split(':');
  const given = await scryptAsync(password, salt, 32);
  const expected = Buffer.from(hash, 'base64url');
  const matches = given.length === expected.length && timingSafeEqual(given, expected);
  return matches && found?.password_hash ? view(found) : undefined;
}

/** Staff and admins log in with their password; a code alone is for workers and employers. */
export const needsPassword = (account: AccountView): boolean =>
  account.role === 'station_staff' || account.role === 'field_staff' || account.role === 'admin';
