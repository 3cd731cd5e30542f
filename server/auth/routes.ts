/**
 * Login by phone code (workers; the account is made on first login) or by password (staff),
 * then an access token and a refresh token bound to the device. Codes and logins are rate
 * limited per phone, so guessing a code or flooding someone with SMS does not work.
 */
import type { Hono } from 'hono';
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
import { HttpError, readJson } from '../http/body';
import { RateLimiter } from '../http/rate-limit';
import { accountById, accountForPassword, accountForPhone, CODE_TTL_MS, newLoginCode, useLoginCode } from './accounts';
import type { CodeSender } from './code-sender';
import { issueAccessToken, issueRefreshToken, redeemRefreshToken, revokeRefreshToken } from './tokens';

export interface AuthOptions {
  db: Database;
  sender: CodeSender;
  key: () => Promise<string>;
  now?: () => number;
}

export function mountAuth(app: Hono, { db, sender, key, now = Date.now }: AuthOptions): void {
  const codesPerMinute = new RateLimiter(1, 60_000, now);
  const codesPerDay = new RateLimiter(10, 86_400_000, now);
  const loginsPerPhone = new RateLimiter(10, 10 * 60_000, now);

  app.post(CODE_PATH, async (c) => {
    const { phone } = await readJson(c, CodeRequestSchema);
    codesPerMinute.take(phone, 'code requests for this phone');
    codesPerDay.take(phone, 'code requests for this phone today');
    await sender.send(phone, await newLoginCode(db, phone, now()));
    return c.json({ sent: true, expiresInSeconds: CODE_TTL_MS / 1000 });
  });

  app.post(LOGIN_PATH, async (c) => {
    const request = await readJson(c, LoginRequestSchema);
    loginsPerPhone.take(request.phone, 'login attempts for this phone');
    const account =
      'code' in request
        ? (await useLoginCode(db, request.phone, request.code, now())) && (await accountForPhone(db, request.phone))
        : await accountForPassword(db, request.phone, request.password);
    if (!account) throw new HttpError(401, 'BAD_CREDENTIALS', 'wrong or expired code, or wrong password');
    const access = await issueAccessToken(await key(), account, request.clientId, now());
    const body: LoginResponse = {
      account,
      accessToken: access.token,
      accessExpiresAt: access.expiresAt,
      refreshToken: await issueRefreshToken(db, account.id, request.clientId, now()),
    };
    return c.json(body);
  });

  app.post(REFRESH_PATH, async (c) => {
    const { refreshToken, clientId } = await readJson(c, RefreshRequestSchema);
    const accountId = await redeemRefreshToken(db, refreshToken, clientId, now());
    const account = accountId && (await accountById(db, accountId));
    if (!account) throw new HttpError(401, 'LOGIN_REQUIRED', 'this device must log in again');
    // Claims are read fresh, so a role or station change applies at the next refresh.
    const access = await issueAccessToken(await key(), account, clientId, now());
    const body: RefreshResponse = { account, accessToken: access.token, accessExpiresAt: access.expiresAt };
    return c.json(body);
  });

  app.post(LOGOUT_PATH, async (c) => {
    const { refreshToken } = await readJson(c, LogoutRequestSchema);
    await revokeRefreshToken(db, refreshToken);
    return c.json({ ok: true });
  });
}
