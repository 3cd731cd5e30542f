/**
 * Request limits: a count per key (a phone, an address, a client id, an account) within a
 * window; going over blocks the key for a while, and each further block while the key is
 * remembered is twice as long, up to a cap. Blocks are short on purpose: a stranger who
 * runs up someone's count costs them minutes, never a day.
 *
 * The counters live behind `LimitStore`. `MemoryLimitStore` keeps them in this process's
 * memory, which is right for the embedded database (one process by construction).
 * `DatabaseLimitStore` keeps them in PostgreSQL, one row per key changed under its row
 * lock, so every server process on that database sees the others' counts (README › scale out).
 */
import type { Database } from '../db/database';
import { HttpError } from './body';

export interface LimitState {
  windowStart: number;
  count: number;
  /** Blocks so far; the next one is twice as long. */
  strikes: number;
  blockedUntil: number;
  /** When the store may forget the key (and with it the strikes). */
  expiresAt: number;
}

export interface LimitStore {
  get(key: string): Promise<LimitState | undefined>;
  /** Read, change and write one key's state with no other change to it in between. */
  update(key: string, change: (state: LimitState | undefined) => LimitState): Promise<LimitState>;
}

export class MemoryLimitStore implements LimitStore {
  private readonly states = new Map<string, LimitState>();

  async get(key: string): Promise<LimitState | undefined> {
    return this.states.get(key);
  }

  async update(key: string, change: (state: LimitState | undefined) => LimitState): Promise<LimitState> {
    const state = change(this.states.get(key));
    this.states.set(key, state);
    if (this.states.size > 200_000) this.sweep(state.windowStart);
    return state;
  }

  private sweep(now: number): void {
    for (const [key, state] of this.states) if (state.expiresAt <= now) this.states.delete(key);
  }
}

export class DatabaseLimitStore implements LimitStore {
  constructor(private readonly db: Database) {}

  async get(key: string): Promise<LimitState | undefined> {
    const [row] = await this.db.query<{ state: LimitState }>('SELECT state FROM rate_limits WHERE key = $1', [key]);
    return row?.state;
  }

  update(key: string, change: (state: LimitState | undefined) => LimitState): Promise<LimitState> {
    return this.db.transaction(async (tx) => {
      // The row lock makes two processes counting the same key take turns.
      const [row] = await tx.query<{ state: LimitState }>('SELECT state FROM rate_limits WHERE key = $1 FOR UPDATE', [
        key,
      ]);
      const state = change(row?.state);
      await tx.query(
        `INSERT INTO rate_limits (key, state, expires_at) VALUES ($1, $2::text::jsonb, $3)
         ON CONFLICT (key) DO UPDATE SET state = EXCLUDED.state, expires_at = EXCLUDED.expires_at`,
        [key, JSON.stringify(state), new Date(state.expiresAt).toISOString()],
      );
      return state;
    });
  }
}

/** Forget keys whose state has run out (with the 6-hourly purge). */
export async function purgeLimits(db: Database, now: number): Promise<void> {
  await db.query('DELETE FROM rate_limits WHERE expires_at <= $1', [new Date(now).toISOString()]);
}

export interface LimitRule {
  /** Events allowed per window. */
  limit: number;
  windowMs: number;
  /** The first block; each further one doubles, up to maxBlockMs. */
  blockMs: number;
  maxBlockMs: number;
}

export class Limiter {
  constructor(
    private readonly name: string,
    private readonly rule: LimitRule,
    private readonly store: LimitStore,
    private readonly now: () => number,
  ) {}

  private async state(key: string, now: number): Promise<LimitState | undefined> {
    const state = await this.store.get(`${this.name}:${key}`);
    return state && state.expiresAt > now ? state : undefined;
  }

  /** Refuses with 429 while `key` is blocked; counts nothing. */
  async check(key: string, what: string): Promise<void> {
    const now = this.now();
    const state = await this.state(key, now);
    if (state && state.blockedUntil > now) refuse(state.blockedUntil - now, what);
  }

  /** Counts one event for `key`; refuses with 429 when it goes over the limit (or the key is blocked). */
  async hit(key: string, what: string): Promise<void> {
    const now = this.now();
    const { limit, windowMs, blockMs, maxBlockMs } = this.rule;
    let blocked = 0;
    let wait = 0;
    await this.store.update(`${this.name}:${key}`, (stored) => {
      const state =
        stored && stored.expiresAt > now
          ? { ...stored }
          : { windowStart: now, count: 0, strikes: 0, blockedUntil: 0, expiresAt: 0 };
      if (state.blockedUntil > now) {
        blocked = state.blockedUntil - now;
        return state;
      }
      if (now - state.windowStart >= windowMs) {
        state.windowStart = now;
        state.count = 0;
      }
      state.count += 1;
      if (state.count > limit) {
        wait = Math.min(blockMs * 2 ** state.strikes, maxBlockMs);
        state.strikes += 1;
        state.blockedUntil = now + wait;
        // Counting starts afresh after the block; the strikes are what make the next block longer.
        state.windowStart = state.blockedUntil;
        state.count = 0;
      }
      state.expiresAt = Math.max(state.blockedUntil, now) + Math.max(windowMs, maxBlockMs) * 2;
      return state;
    });
    if (blocked > 0) refuse(blocked, what);
    if (wait > 0) refuse(wait, what);
  }

  /** Forget `key` (a successful login clears its failures). */
  async clear(key: string): Promise<void> {
    await this.store.update(`${this.name}:${key}`, () => ({
      windowStart: 0,
      count: 0,
      strikes: 0,
      blockedUntil: 0,
      expiresAt: 0,
    }));
  }
}

function refuse(waitMs: number, what: string): never {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  throw new HttpError(429, 'RATE_LIMITED', `too many ${what}; try again in ${seconds} s`, undefined, {
    'Retry-After': String(seconds),
  });
}

const MINUTE = 60_000;

/** The numbers a deployment (or a test) may change; the rest of each rule is fixed here. */
export interface LimitSettings {
  /** Pushes per minute per client id, per account and per address. */
  pushesPerClient: number;
  pushesPerAccount: number;
  pushesPerAddress: number;
  /** Code requests per 10 minutes from one address, and from everyone together (the SMS bill). */
  codesPerAddress: number;
  codesOverall: number;
  /** Failed logins per 10 minutes from one address, and from everyone together. */
  failedLoginsPerAddress: number;
  failedLoginsOverall: number;
  /** Requests from one address doing heavy work (a sync transaction, a password hash) at once. */
  concurrentPerAddress: number;
}

export const DEFAULT_LIMITS: LimitSettings = {
  pushesPerClient: 120,
  pushesPerAccount: 300,
  // Many phones share one address behind a carrier's NAT: address limits are generous.
  pushesPerAddress: 1200,
  codesPerAddress: 20,
  codesOverall: 600,
  failedLoginsPerAddress: 30,
  failedLoginsOverall: 3000,
  concurrentPerAddress: 16,
};

/** Every limiter the server uses, with its rule. */
export function makeLimiters(settings: LimitSettings, store: LimitStore, now: () => number) {
  const limiter = (name: string, rule: LimitRule) => new Limiter(name, rule, store, now);
  const perMinute = (limit: number): LimitRule => ({ limit, windowMs: MINUTE, blockMs: 10_000, maxBlockMs: MINUTE });
  return {
    pushesPerClient: limiter('push-client', perMinute(settings.pushesPerClient)),
    pushesPerAccount: limiter('push-account', perMinute(settings.pushesPerAccount)),
    pushesPerAddress: limiter('push-address', perMinute(settings.pushesPerAddress)),
    // One code a minute to a phone from one address, waiting longer each time it is pushed.
    codesPerPhoneAddress: limiter('code-phone-address', {
      limit: 1,
      windowMs: MINUTE,
      blockMs: MINUTE,
      maxBlockMs: 15 * MINUTE,
    }),
    // Against flooding one phone with messages from many addresses: ten an hour, then short blocks.
    codesPerPhone: limiter('code-phone', {
      limit: 10,
      windowMs: 60 * MINUTE,
      blockMs: 10 * MINUTE,
      maxBlockMs: 30 * MINUTE,
    }),
    codesPerAddress: limiter('code-address', {
      limit: settings.codesPerAddress,
      windowMs: 10 * MINUTE,
      blockMs: 5 * MINUTE,
      maxBlockMs: 30 * MINUTE,
    }),
    codesOverall: limiter('code-all', {
      limit: settings.codesOverall,
      windowMs: 10 * MINUTE,
      blockMs: MINUTE,
      maxBlockMs: 10 * MINUTE,
    }),
    // Failed logins: for one phone from one address (the owner elsewhere is not locked out)…
    failedLoginsPerPhoneAddress: limiter('login-phone-address', {
      limit: 5,
      windowMs: 15 * MINUTE,
      blockMs: MINUTE,
      maxBlockMs: 15 * MINUTE,
    }),
    // …for one phone from anywhere (guessing one password from many addresses), briefly…
    failedLoginsPerPhone: limiter('login-phone', {
      limit: 50,
      windowMs: 60 * MINUTE,
      blockMs: 5 * MINUTE,
      maxBlockMs: 15 * MINUTE,
    }),
    // …from one address across phones, and from everyone together.
    failedLoginsPerAddress: limiter('login-address', {
      limit: settings.failedLoginsPerAddress,
      windowMs: 10 * MINUTE,
      blockMs: 5 * MINUTE,
      maxBlockMs: 30 * MINUTE,
    }),
    failedLoginsOverall: limiter('login-all', {
      limit: settings.failedLoginsOverall,
      windowMs: 10 * MINUTE,
      blockMs: MINUTE,
      maxBlockMs: 5 * MINUTE,
    }),
  };
}

export type Limiters = ReturnType<typeof makeLimiters>;
