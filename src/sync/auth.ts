/**
 * Logging in and keeping the access token fresh (SYNC.md §2.10). Expiry while offline is
 * harmless: nothing is sent until the token is refreshed or the person logs in again, and
 * the outbox waits. A refused refresh marks the session expired; it is never deleted, so
 * the records made under it keep their owner.
 */
import {
  CODE_PATH,
  type LoginResponse,
  LOGIN_PATH,
  LOGOUT_PATH,
  REFRESH_PATH,
  type RefreshResponse,
} from '../core/auth';
import { type ErrorBody, MAX_FOLLOWED_COUNTIES } from '../core/protocol';
import type { GigDb } from '../db/db';
import { adoptAnonymousWrites } from '../db/outbox';
import { clearSession, readSession, type Session, writeSession } from '../db/session';
import { isStaff } from '../core/roles';
import { followWorkCounties, readSyncState } from '../db/sync-state';
import { postJson } from './http';

/** Refresh this long before the access token runs out, so a slow request does not carry a dead one. */
const REFRESH_MARGIN_MS = 60_000;

export class AuthError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The session must be renewed by logging in again; until then nothing is sent or fetched for it. */
export class LoginRequiredError extends AuthError {
  constructor() {
    super(401, 'LOGIN_REQUIRED', 'login expired: log in again to send your records');
  }
}

export interface AuthOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
}

export class AuthClient {
  private readonly fetchImpl: typeof fetch;
  private readonly baseUrl: string;
  private refreshing: Promise<Session> | undefined;

  constructor(
    private readonly db: GigDb,
    options: AuthOptions = {},
  ) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.baseUrl = options.baseUrl ?? '';
  }

  private async call<T>(path: string, payload: unknown): Promise<T> {
    const { status, body } = await postJson<T | ErrorBody>(this.fetchImpl, this.baseUrl + path, payload);
    if (status !== 200) {
      const error = body as ErrorBody;
      throw new AuthError(status, error.error ?? 'FAILED', error.message ?? `request failed (${status})`);
    }
    return body as T;
  }

  async requestCode(phone: string): Promise<void> {
    await this.call(CODE_PATH, { phone });
  }

  /**
   * Log in with a code or a staff password. Writes made without an account become this
   * account's if it is a worker's (the phone's owner finishing what they started); a staff
   * login on a shared device leaves them for their author.
   */
  async login(phone: string, secret: { code: string } | { password: string }): Promise<Session> {
    const { clientId } = await readSyncState(this.db);
    const answer = await this.call<LoginResponse>(LOGIN_PATH, { phone, clientId, ...secret });
    const session: Session = { ...answer };
    await writeSession(this.db, session);
    const { role, counties } = session.account;
    if (role === 'worker') await adoptAnonymousWrites(this.db, session.account.id);
    if (isStaff(session.account) && role !== 'admin')
      await followWorkCounties(this.db, counties, MAX_FOLLOWED_COUNTIES);
    return session;
  }

  /** Log out: the refresh token is revoked when the server can be reached; unsent records stay. */
  async logout(): Promise<void> {
    const session = await readSession(this.db);
    await clearSession(this.db);
    if (session) await this.call(LOGOUT_PATH, { refreshToken: session.refreshToken }).catch(() => undefined);
  }

  /**
   * The session with an access token good for the next requests, refreshed if needed;
   * undefined when nobody is logged in. Throws LoginRequiredError when the server refuses.
   */
  async freshSession(now = Date.now()): Promise<Session | undefined> {
    const session = await readSession(this.db);
    if (!session) return undefined;
    if (session.expired) throw new LoginRequiredError();
    if (session.accessExpiresAt - REFRESH_MARGIN_MS > now) return session;
    return this.refresh();
  }

  /** Refresh now (also after a 401 on a token we thought was good). One refresh at a time. */
  refresh(): Promise<Session> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async doRefresh(): Promise<Session> {
    const session = await readSession(this.db);
    if (!session) throw new LoginRequiredError();
    const { clientId } = await readSyncState(this.db);
    try {
      const answer = await this.call<RefreshResponse>(REFRESH_PATH, { refreshToken: session.refreshToken, clientId });
      const renewed: Session = { ...session, ...answer, expired: false };
      await writeSession(this.db, renewed);
      return renewed;
    } catch (error) {
      if (error instanceof AuthError && error.status === 401) {
        await writeSession(this.db, { ...session, expired: true });
        throw new LoginRequiredError();
      }
      throw error;
    }
  }
}
