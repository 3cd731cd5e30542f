/**
 * Who is on the other end, for per-address limits. Behind a reverse proxy (README) every
 * request comes from the proxy, so with `trustProxy` the address is the last one the proxy
 * appended to X-Forwarded-For; without it the header is ignored (anyone can write it).
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { HttpError } from './body';

export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Requests made in-process (tests' app.request) have no socket.
    return 'unknown';
  }
}

/**
 * At most `limit` requests per address doing heavy work at once (a database transaction,
 * a password hash), counted once the body has arrived: a slow upload on 2G holds no slot,
 * but one address cannot keep the server's database or hashing threads to itself.
 */
export class WorkGate {
  private readonly busy = new Map<string, number>();

  constructor(private readonly limit: number) {}

  async run<T>(address: string, work: () => Promise<T>): Promise<T> {
    const running = this.busy.get(address) ?? 0;
    if (running >= this.limit) {
      throw new HttpError(
        429,
        'BUSY',
        'too many requests from this address at once; try again in a moment',
        undefined,
        {
          'Retry-After': '1',
        },
      );
    }
    this.busy.set(address, running + 1);
    try {
      return await work();
    } finally {
      const left = (this.busy.get(address) ?? 1) - 1;
      if (left === 0) this.busy.delete(address);
      else this.busy.set(address, left);
    }
  }
}
