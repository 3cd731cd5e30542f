/**
 * Access tokens: short-lived signed claims (who, role, stations, counties, login phone,
 * device, login). Refresh tokens: random secrets bound to one device, stored hashed, rotated
 * on every use. One login of one device is a token family; revoking it (logout, or theft
 * detected) ends its refresh tokens and, because every request checks the family, its
 * access tokens at once.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { sign, verify } from 'hono/jwt';
import type { AccountView } from '../../src/core/auth';
import type { FileKey } from '../../src/core/sync-file';
import { uuidv7 } from '../../src/core/ids';
import type { Queryable } from '../db/database';

export const ACCESS_TTL_MS = 30 * 60_000;
export const REFRESH_TTL_MS = 90 * 86_400_000;
/**
 * A refresh token used again this soon after its rotation is two tabs refreshing at once,
 * not theft: it gets a new token of the same family. Later, it ends the family.
 */
export const ROTATION_GRACE_MS = 60_000;

export interface AccessClaims {
  sub: string;
  role: AccountView['role'];
  st: string[];
  cty: string[];
  /** The account's login phone (verified by code or set by an admin). */
  ph: string;
  /** The device the token was issued to. */
  cid: string;
  /** The login (token family) it belongs to. */
  fam: string;
  exp: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/** A server secret, made once per database and kept in it, so restarts keep what it signed valid. */
async function serverKey(q: Queryable, name: string): Promise<string> {
  await q.query('INSERT INTO server_keys (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
    name,
    randomBytes(32).toString('base64url'),
  ]);
  const [row] = await q.query<{ value: string }>('SELECT value FROM server_keys WHERE name = $1', [name]);
  return row.value;
}

/** A server secret, read from the database once per process. */
function serverKeyOf(q: Queryable, name: string): () => Promise<string> {
  let key: Promise<string> | undefined;
  return () => (key ??= serverKey(q, name));
}

/** The access tokens' signing key. */
export const signingKeyOf = (q: Queryable) => serverKeyOf(q, 'access-token');

/** The secret every login's sync-file key is derived from (src/core/sync-file.ts). */
export const fileKeySecretOf = (q: Queryable) => serverKeyOf(q, 'sync-file');

/**
 * A login's key for signing sync files: derived from the login's id, so nothing more is
 * stored and the server finds it again from the file's key id; a login that ended (logout,
 * a stolen refresh token) no longer vouches for files (server/sync/import.ts).
 */
export function fileKeyFor(secret: string, family: string): FileKey {
  return { id: family, secret: createHmac('sha256', secret).update(`sync-file:${family}`).digest('base64url') };
}

export async function issueAccessToken(
  key: string,
  account: AccountView,
  clientId: string,
  family: string,
  now: number,
) {
  const expiresAt = now + ACCESS_TTL_MS;
  const claims: AccessClaims = {
    sub: account.id,
    role: account.role,
    st: account.stationIds,
    cty: account.counties,
    ph: account.phone,
    cid: clientId,
    fam: family,
    exp: Math.floor(expiresAt / 1000),
  };
  return { token: await sign({ ...claims }, key, 'HS256'), expiresAt };
}

/**
 * The claims of a valid token unexpired at `now` (the server's clock, which tests move);
 * undefined for anything else, including tokens from before login families existed.
 */
export async function readAccessToken(key: string, token: string, now = Date.now()): Promise<AccessClaims | undefined> {
  try {
    const claims = (await verify(token, key, { alg: 'HS256', exp: false })) as unknown as AccessClaims;
    return claims.exp * 1000 > now && typeof claims.fam === 'string' && typeof claims.ph === 'string'
      ? claims
      : undefined;
  } catch {
    return undefined;
  }
}

/** Is this login still live? Asked on every request that carries an access token. */
export async function familyIsLive(q: Queryable, family: string): Promise<boolean> {
  const [row] = await q.query<{ revoked_at: string | null }>('SELECT revoked_at FROM token_families WHERE id = $1', [
    family,
  ]);
  return row !== undefined && row.revoked_at === null;
}

async function addRefreshToken(q: Queryable, family: string, accountId: string, clientId: string, now: number) {
  const token = randomBytes(32).toString('base64url');
  await q.query(
    'INSERT INTO refresh_tokens (token_hash, family_id, account_id, client_id, expires_at) VALUES ($1, $2, $3, $4, $5)',
    [sha256(token), family, accountId, clientId, new Date(now + REFRESH_TTL_MS).toISOString()],
  );
  return token;
}

/** A new login: a token family and its first refresh token. */
export async function startLogin(q: Queryable, accountId: string, clientId: string, now: number) {
  const family = uuidv7(now);
  await q.query('INSERT INTO token_families (id, account_id, client_id) VALUES ($1, $2, $3)', [
    family,
    accountId,
    clientId,
  ]);
  return { family, refreshToken: await addRefreshToken(q, family, accountId, clientId, now) };
}

export interface Rotated {
  accountId: string;
  family: string;
  refreshToken: string;
}

/**
 * Trade a refresh token for the next one of its family, if it is live and presented by its
 * own device. A token already traded in, presented again after the grace period, means
 * someone else holds a copy: the whole family is revoked and both holders must log in.
 */
export async function rotateRefreshToken(
  q: Queryable,
  token: string,
  clientId: string,
  now: number,
): Promise<Rotated | undefined> {
  const [row] = await q.query<{
    account_id: string;
    client_id: string;
    family_id: string;
    expires_at: string | Date;
    rotated_at: string | Date | null;
    revoked_at: string | Date | null;
  }>(
    `SELECT t.account_id, t.client_id, t.family_id, t.expires_at, t.rotated_at, f.revoked_at
     FROM refresh_tokens t JOIN token_families f ON f.id = t.family_id WHERE t.token_hash = $1`,
    [sha256(token)],
  );
  if (!row || row.revoked_at !== null || row.client_id !== clientId) return undefined;
  if (new Date(row.expires_at).getTime() <= now) return undefined;
  if (row.rotated_at !== null && now - new Date(row.rotated_at).getTime() > ROTATION_GRACE_MS) {
    await revokeFamily(q, row.family_id, now);
    return undefined;
  }
  if (row.rotated_at === null) {
    await q.query('UPDATE refresh_tokens SET rotated_at = $2 WHERE token_hash = $1', [
      sha256(token),
      new Date(now).toISOString(),
    ]);
  }
  return {
    accountId: row.account_id,
    family: row.family_id,
    refreshToken: await addRefreshToken(q, row.family_id, row.account_id, clientId, now),
  };
}

async function revokeFamily(q: Queryable, family: string, now: number): Promise<void> {
  await q.query('UPDATE token_families SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [
    family,
    new Date(now).toISOString(),
  ]);
}

/** Logout: the login the refresh token belongs to ends, access tokens included. */
export async function endLogin(q: Queryable, token: string, now: number): Promise<void> {
  const [row] = await q.query<{ family_id: string }>('SELECT family_id FROM refresh_tokens WHERE token_hash = $1', [
    sha256(token),
  ]);
  if (row) await revokeFamily(q, row.family_id, now);
}

/** A token used a week after it was traded in is not worth the row that would recognise it. */
export const ROTATED_KEPT_MS = 7 * 86_400_000;

/**
 * Forget what no longer protects anyone: expired refresh tokens, tokens traded in over a week
 * ago (presented again they are simply unknown), and logins that ended longer ago than an
 * access token lives (or whose every refresh token is gone). Runs with the tombstone purge.
 */
export async function purgeLogins(q: Queryable, now: number): Promise<void> {
  await q.query(
    `DELETE FROM refresh_tokens WHERE expires_at <= $1 OR rotated_at <= $2
       OR family_id IN (SELECT id FROM token_families WHERE revoked_at IS NOT NULL)`,
    [new Date(now).toISOString(), new Date(now - ROTATED_KEPT_MS).toISOString()],
  );
  await q.query(
    `DELETE FROM token_families f WHERE revoked_at <= $1
       OR (created_at <= $1 AND NOT EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.family_id = f.id))`,
    [new Date(now - ACCESS_TTL_MS).toISOString()],
  );
}
