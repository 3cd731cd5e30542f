/**
 * Fixed-window request limits per key (a phone number, a client id, an address), held in
 * the server's memory: one process serves a county, so no shared store is needed.
 */
import { HttpError } from './body';

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request for `key`; throws 429 once the window's limit is used up. */
  take(key: string, what: string): void {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      if (this.windows.size > 100_000) this.sweep(now);
      return;
    }
    window.count += 1;
    if (window.count > this.limit) {
      const wait = Math.ceil((window.start + this.windowMs - now) / 1000);
      throw new HttpError(429, 'RATE_LIMITED', `too many ${what}; try again in ${wait} s`);
    }
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}
