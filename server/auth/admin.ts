/**
 * Making staff accounts: `POST /api/admin/v1/accounts` with an admin's access token
 * (docs/ACCOUNTS.md). The first admin of a deployment comes from ADMIN_PHONE and
 * ADMIN_PASSWORD at start (`ensureAdmin`), so no one edits the database by hand.
 */
import type { Context, Hono } from 'hono';
import { ACCOUNTS_PATH, AccountCreateSchema } from '../../src/core/auth';
import type { Database, Queryable } from '../db/database';
import { actorOf } from '../http/actor';
import { HttpError, readJson, SMALL_BODY } from '../http/body';
import { createAccount } from './accounts';

export function mountAdmin(
  app: Hono,
  { db, key, now }: { db: Database; key: () => Promise<string>; now: () => number },
): void {
  app.post(ACCOUNTS_PATH, async (c: Context) => {
    const actor = await actorOf(c, { db, key, now: now() });
    if (actor.role !== 'admin') throw new HttpError(403, 'FORBIDDEN', 'only an admin may make accounts');
    const request = await readJson(c, AccountCreateSchema, SMALL_BODY);
    const [taken] = await db.query('SELECT 1 FROM accounts WHERE phone = $1', [request.phone]);
    if (taken) throw new HttpError(409, 'PHONE_TAKEN', `an account with phone ${request.phone} exists`, 'phone');
    return c.json(await createAccount(db, request));
  });
}

/** Make the deployment's first admin if it does not exist yet; never changes an existing account. */
export async function ensureAdmin(q: Queryable, phone: string, password: string): Promise<boolean> {
  const [existing] = await q.query('SELECT 1 FROM accounts WHERE phone = $1', [phone]);
  if (existing) return false;
  await createAccount(q, { phone, name: '管理员', role: 'admin', stationIds: [], counties: [], password });
  return true;
}
