/**
 * A fault-injecting HTTP proxy on 127.0.0.1 in front of the real server (SYNC.md §3).
 * Each request gets a plan from a policy: forward it cleanly, drop it, send it to the
 * server several times, hold it back, swap it with the next request, cut the answer
 * short, or let the server commit and then lose the answer. Randomness comes from a
 * seeded generator, so a failing run replays exactly (modulo timing).
 */
import {
  createServer,
  type IncomingMessage,
  request as httpRequest,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

export interface FaultPlan {
  /** Close the connection without forwarding: the server never sees the request. */
  drop?: boolean;
  /** Forward this many copies at once (≥ 2 = duplicate delivery); the client gets the first answer. */
  copies?: number;
  /** Hold the request this long before forwarding. */
  delayMs?: number;
  /** Hold the request until the next one has been forwarded (or 200 ms passed): reordering. */
  reorder?: boolean;
  /** Forward, then send only the headers and half the answer before cutting the connection. */
  truncate?: boolean;
  /** Forward and let the server finish (commit), then cut the connection instead of answering. */
  dropResponse?: boolean;
}

export interface RequestInfo {
  method: string;
  path: string;
  body: Buffer;
  /** The body parsed as JSON (inflated first when gzipped); undefined if it is not JSON. */
  json(): unknown;
  /** 1-based count of requests the proxy has seen. */
  n: number;
}

export type FaultPolicy = (request: RequestInfo) => FaultPlan;

export interface ProxyStats {
  requests: number;
  forwarded: number;
  dropped: number;
  duplicated: number;
  droppedResponses: number;
  truncated: number;
  reordered: number;
}

export interface FaultProxy {
  url: string;
  stats: ProxyStats;
  /** Swap the policy, e.g. `() => ({})` to heal the network. */
  setPolicy(policy: FaultPolicy): void;
  close(): Promise<void>;
}

/** mulberry32: a small seeded generator, so fault schedules replay from the seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A policy that applies each fault with its own probability. */
export function randomFaults(
  seed: number,
  p: { drop?: number; duplicate?: number; delay?: number; reorder?: number; truncate?: number; dropResponse?: number },
): FaultPolicy {
  const random = seededRandom(seed);
  const roll = (chance = 0) => random() < chance;
  return () => ({
    drop: roll(p.drop),
    copies: roll(p.duplicate) ? 2 + Math.floor(random() * 4) : 1,
    delayMs: roll(p.delay) ? Math.floor(random() * 30) : 0,
    reorder: roll(p.reorder),
    truncate: roll(p.truncate),
    dropResponse: roll(p.dropResponse),
  });
}

export const HEALTHY: FaultPolicy = () => ({});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function forward(target: URL, req: IncomingMessage, body: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = { ...req.headers, host: target.host, 'content-length': String(body.length) };
    const out = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
      async (res) => {
        try {
          resolve({ status: res.statusCode ?? 502, headers: res.headers, body: await readBody(res) });
        } catch (error) {
          reject(error);
        }
      },
    );
    out.on('error', reject);
    out.end(body);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startFaultProxy(targetUrl: string, policy: FaultPolicy = HEALTHY): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  const stats: ProxyStats = {
    requests: 0,
    forwarded: 0,
    dropped: 0,
    duplicated: 0,
    droppedResponses: 0,
    truncated: 0,
    reordered: 0,
  };
  let current = policy;
  // A reordered request waits here until the next request has been forwarded.
  let held: (() => void) | undefined;

  const cut = (res: ServerResponse): void => {
    res.socket?.destroy();
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    stats.requests += 1;
    const json = () => {
      try {
        return JSON.parse((req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString());
      } catch {
        return undefined;
      }
    };
    const plan = current({ method: req.method ?? 'GET', path: req.url ?? '/', body, json, n: stats.requests });
    if (plan.drop) {
      stats.dropped += 1;
      return cut(res);
    }
    if (plan.delayMs) await sleep(plan.delayMs);
    if (plan.reorder && !held) {
      stats.reordered += 1;
      await new Promise<void>((release) => {
        const timer = setTimeout(() => {
          held = undefined;
          release();
        }, 200);
        held = () => {
          clearTimeout(timer);
          release();
        };
      });
    }
    const copies = Math.max(1, plan.copies ?? 1);
    if (copies > 1) stats.duplicated += 1;
    const deliveries = Array.from({ length: copies }, () => forward(target, req, body));
    stats.forwarded += copies;
    const release = held;
    held = undefined;
    const answers = await Promise.allSettled(deliveries);
    release?.();
    const first = answers.find((a): a is PromiseFulfilledResult<Answer> => a.status === 'fulfilled');
    if (!first) return cut(res);
    if (plan.dropResponse) {
      stats.droppedResponses += 1;
      return cut(res);
    }
    const { status, headers, body: answer } = first.value;
    const { 'transfer-encoding': _chunked, ...rest } = headers;
    const outHeaders = { ...rest, 'content-length': String(answer.length), connection: 'close' };
    if (plan.truncate) {
      stats.truncated += 1;
      res.writeHead(status, outHeaders);
      res.write(answer.subarray(0, Math.floor(answer.length / 2)));
      await sleep(1);
      return cut(res);
    }
    res.writeHead(status, outHeaders);
    res.end(answer);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => cut(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    setPolicy(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
