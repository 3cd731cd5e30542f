/**
 * Login by phone code (workers and employers; a worker's account is made on first login)
 * or by password (required for staff and admins), then an access token and a refresh token
 * bound to the device. Limits (server/http/limits.ts) hold per phone and address, per
 * address, and overall, so neither guessing nor an SMS flood works, and a stranger's
 * failures cost the owner minutes at most.
 */
import type { Context, Hono } from 'hono';
import {
  CODE_PATH,
  CodeRequestSchema,
  LOGIN_PATH,
  type LoginResponse,
  LOGOUT_PATH,
  LogoutRequestSchema,
  LoginRequestSchema,
  REFRESH_PATH,
  RefreshRequestSchema,
  type RefreshResponse,
} from '../../src/core/auth';
import type { Database } from '../db/database';
import { HttpError, readJson, SMALL_BODY } from '../http/body';
import type { WorkGate } from '../http/address';
import type { Limiters } from '../http/limits';
import {
  accountById,
  accountForPassword,
  accountForPhone,
  CODE_TTL_MS,
  needsPassword,
  newLoginCode,
  useLoginCode,
} from './accounts';
import type { CodeSender } from './code-sender';
import { endLogin, fileKeyFor, fileKeySecretOf, issueAccessToken, rotateRefreshToken, startLogin } from './tokens';

export interface AuthOptions {
  db: Database;
  sender: CodeSender;
  key: () => Promise<string>;
  now: () => number;
  limits: Limiters;
  addressOf: (c: Context) => string;
  /** Password hashing is the heavy work here: one address gets a few at a time. */
  gate: WorkGate;
}

export function mountAuth(app: Hono, { db, sender, key, now, limits, addressOf, gate }: AuthOptions): void {
  const fileSecret = fileKeySecretOf(db);
  app.post(CODE_PATH, async (c) => {
    const { phone } = await readJson(c, CodeRequestSchema, SMALL_BODY);
    const address = addressOf(c);
    const what = 'code requests';
    await limits.codesOverall.check('all', what);
    await limits.codesPerAddress.check(address, `${what} from this address`);
    await limits.codesPerPhone.check(phone, `${what} for this phone`);
    await limits.codesPerPhoneAddress.check(`${phone}@${address}`, `${what} for this phone`);
    await limits.codesPerPhoneAddress.hit(`${phone}@${address}`, `${what} for this phone`);
    await limits.codesPerPhone.hit(phone, `${what} for this phone`);
    await limits.codesPerAddress.hit(address, `${what} from this address`);
    await limits.codesOverall.hit('all', what);
    await sender.send(phone, await newLoginCode(db, phone, now()));
    return c.json({ sent: true, expiresInSeconds: CODE_TTL_MS / 1000 });
  });

  app.post(LOGIN_PATH, async (c) => {
    const request = await readJson(c, LoginRequestSchema, SMALL_BODY);
    const address = addressOf(c);
    const phoneHere = `${request.phone}@${address}`;
    const what = 'failed logins';
    await limits.failedLoginsOverall.check('all', what);
    await limits.failedLoginsPerAddress.check(address, `${what} from this address`);
    await limits.failedLoginsPerPhone.check(request.phone, `${what} for this phone`);
    await limits.failedLoginsPerPhoneAddress.check(phoneHere, `${what} for this phone`);
    const account = await gate.run(address, async () =>
      'code' in request
        ? (await useLoginCode(db, request.phone, request.code, now())) && (await accountForPhone(db, request.phone))
        : await accountForPassword(db, request.phone, request.password),
    );
    if (!account) {
      // Counted, then answered: the answer to this try is still "wrong", the next one may be 429.
      const counted = [
        limits.failedLoginsPerPhoneAddress.hit(phoneHere, what),
        limits.failedLoginsPerPhone.hit(request.phone, what),
        limits.failedLoginsPerAddress.hit(address, what),
        limits.failedLoginsOverall.hit('all', what),
      ];
      await Promise.allSettled(counted);
      throw new HttpError(401, 'BAD_CREDENTIALS', 'wrong or expired code, or wrong password');
    }
    await limits.failedLoginsPerPhoneAddress.clear(phoneHere);
    // Only the phone's owner gets here with a code, so saying why reveals nothing to a stranger.
    if ('code' in request && needsPassword(account)) {
      throw new HttpError(403, 'PASSWORD_REQUIRED', 'staff accounts log in with their password', 'password');
    }
    const login = await startLogin(db, account.id, request.clientId, now());
    const access = await issueAccessToken(await key(), account, request.clientId, login.family, now());
    const body: LoginResponse = {
      account,
      accessToken: access.token,
      accessExpiresAt: access.expiresAt,
      refreshToken: login.refreshToken,
      fileKey: fileKeyFor(await fileSecret(), login.family),
    };
    return c.json(body);
  });

  app.post(REFRESH_PATH, async (c) => {
    const { refreshToken, clientId } = await readJson(c, RefreshRequestSchema, SMALL_BODY);
    const rotated = await rotateRefreshToken(db, refreshToken, clientId, now());
    const account = rotated && (await accountById(db, rotated.accountId));
    if (!rotated || !account) throw new HttpError(401, 'LOGIN_REQUIRED', 'this device must log in again');
    // Claims are read fresh, so a role or station change applies at the next refresh.
    const access = await issueAccessToken(await key(), account, clientId, rotated.family, now());
    const body: RefreshResponse = {
      account,
      accessToken: access.token,
      accessExpiresAt: access.expiresAt,
      refreshToken: rotated.refreshToken,
      fileKey: fileKeyFor(await fileSecret(), rotated.family),
    };
    return c.json(body);
  });

  app.post(LOGOUT_PATH, async (c) => {
    const { refreshToken } = await readJson(c, LogoutRequestSchema, SMALL_BODY);
    await endLogin(db, refreshToken, now());
    return c.json({ ok: true });
  });
}
