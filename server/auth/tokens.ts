/**
 * Access tokens: short-lived signed claims (who, role, stations, counties, device). Refresh
 * tokens: long-lived random secrets bound to one device, stored hashed, revocable.
 */
import { createHash, randomBytes } from 'node:crypto';
import { sign, verify } from 'hono/jwt';
import type { AccountView } from '../../src/core/auth';
import type { Queryable } from '../db/database';

export const ACCESS_TTL_MS = 30 * 60_000;
export const REFRESH_TTL_MS = 90 * 86_400_000;

export interface AccessClaims {
  sub: string;
  role: AccountView['role'];
  st: string[];
  cty: string[];
  /** The device the token was issued to. */
  cid: string;
  exp: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/** The signing key, made once per database and kept in it, so restarts keep tokens valid. */
async function signingKey(q: Queryable): Promise<string> {
  await q.query('INSERT INTO server_keys (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
    'access-token',
    randomBytes(32).toString('base64url'),
  ]);
  const [row] = await q.query<{ value: string }>('SELECT value FROM server_keys WHERE name = $1', ['access-token']);
  return row.value;
}

/** The signing key, read from the database once per process. */
export function signingKeyOf(q: Queryable): () => Promise<string> {
  let key: Promise<string> | undefined;
  return () => (key ??= signingKey(q));
}

export async function issueAccessToken(key: string, account: AccountView, clientId: string, now: number) {
  const expiresAt = now + ACCESS_TTL_MS;
  const claims: AccessClaims = {
    sub: account.id,
    role: account.role,
    st: account.stationIds,
    cty: account.counties,
    cid: clientId,
    exp: Math.floor(expiresAt / 1000),
  };
  return { token: await sign({ ...claims }, key, 'HS256'), expiresAt };
}

/**
 * The claims of a valid token unexpired at `now` (the server's clock, which tests move);
 * undefined for anything else.
 */
export async function readAccessToken(key: string, token: string, now = Date.now()): Promise<AccessClaims | undefined> {
  try {
    const claims = (await verify(token, key, { alg: 'HS256', exp: false })) as unknown as AccessClaims;
    return claims.exp * 1000 > now ? claims : undefined;
  } catch {
    return undefined;
  }
}

export async function issueRefreshToken(
  q: Queryable,
  accountId: string,
  clientId: string,
  now: number,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await q.query('INSERT INTO refresh_tokens (token_hash, account_id, client_id, expires_at) VALUES ($1, $2, $3, $4)', [
    sha256(token),
    accountId,
    clientId,
    new Date(now + REFRESH_TTL_MS).toISOString(),
  ]);
  return token;
}

/** The account a refresh token belongs to, if it is live and presented by its own device. */
export async function redeemRefreshToken(
  q: Queryable,
  token: string,
  clientId: string,
  now: number,
): Promise<string | undefined> {
  const [row] = await q.query<{ account_id: string; client_id: string; expires_at: string | Date; revoked: boolean }>(
    'SELECT account_id, client_id, expires_at, revoked FROM refresh_tokens WHERE token_hash = $1',
    [sha256(token)],
  );
  if (!row || row.revoked || row.client_id !== clientId || new Date(row.expires_at).getTime() <= now) return undefined;
  return row.account_id;
}

export async function revokeRefreshToken(q: Queryable, token: string): Promise<void> {
  await q.query('UPDATE refresh_tokens SET revoked = true WHERE token_hash = $1', [sha256(token)]);
}
