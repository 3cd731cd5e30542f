/**
 * Request limits: a count per key (a phone, an address, a client id, an account) within a
 * window; going over blocks the key for a while, and each further block while the key is
 * remembered is twice as long, up to a cap. Blocks are short on purpose: a stranger who
 * runs up someone's count costs them minutes, never a day.
 *
 * The counters live behind `LimitStore`. `MemoryLimitStore` keeps them in this process's
 * memory, which is right for one server process per county. Several processes behind one
 * address need a shared store (a table, read and written in one transaction per key), so
 * that each process sees the others' counts.
 */
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
  set(key: string, state: LimitState): Promise<void>;
}

export class MemoryLimitStore implements LimitStore {
  private readonly states = new Map<string, LimitState>();

  async get(key: string): Promise<LimitState | undefined> {
    return this.states.get(key);
  }

  async set(key: string, state: LimitState): Promise<void> {
    this.states.set(key, state);
    if (this.states.size > 200_000) this.sweep(state.windowStart);
  }

  private sweep(now: number): void {
    for (const [key, state] of this.states) if (state.expiresAt <= now) this.states.delete(key);
  }
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
    const state = (await this.state(key, now)) ?? {
      windowStart: now,
      count: 0,
      strikes: 0,
      blockedUntil: 0,
      expiresAt: 0,
    };
    if (state.blockedUntil > now) refuse(state.blockedUntil - now, what);
    if (now - state.windowStart >= windowMs) {
      state.windowStart = now;
      state.count = 0;
    }
    state.count += 1;
    let wait = 0;
    if (state.count > limit) {
      wait = Math.min(blockMs * 2 ** state.strikes, maxBlockMs);
      state.strikes += 1;
      state.blockedUntil = now + wait;
      // Counting starts afresh after the block; the strikes are what make the next block longer.
      state.windowStart = state.blockedUntil;
      state.count = 0;
    }
    state.expiresAt = Math.max(state.blockedUntil, now) + Math.max(windowMs, maxBlockMs) * 2;
    await this.store.set(`${this.name}:${key}`, state);
    if (wait > 0) refuse(wait, what);
  }

  /** Forget `key` (a successful login clears its failures). */
  async clear(key: string): Promise<void> {
    await this.store.set(`${this.name}:${key}`, {
      windowStart: 0,
      count: 0,
      strikes: 0,
      blockedUntil: 0,
      expiresAt: 0,
    });
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
