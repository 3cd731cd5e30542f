/**
 * Who is making a request: the access token's claims, never anything in the body
 * (SYNC.md §2.10). No token is an anonymous device: it may read public buckets and file an
 * anonymous complaint. A token that is expired, forged, or of a login that ended (logout,
 * stolen refresh token) is a 401 the client answers by refreshing, which then fails too if
 * the login ended.
 */
import type { Context } from 'hono';
import { ANONYMOUS, type Actor } from '../../src/core/access';
import { familyIsLive, readAccessToken } from '../auth/tokens';
import type { Queryable } from '../db/database';
import { HttpError } from './body';

export async function actorOf(
  c: Context,
  { db, key, now }: { db: Queryable; key: () => Promise<string>; now: number },
): Promise<Actor> {
  const header = c.req.header('authorization');
  if (header === undefined) return ANONYMOUS;
  const token = /^Bearer ([\w.-]{1,2000})$/.exec(header)?.[1];
  const claims = token && (await readAccessToken(await key(), token, now));
  if (!claims || !(await familyIsLive(db, claims.fam))) {
    throw new HttpError(401, 'TOKEN_EXPIRED', 'access token expired or invalid: refresh it or log in again');
  }
  return { userId: claims.sub, role: claims.role, stationIds: claims.st, counties: claims.cty, phone: claims.ph };
}
