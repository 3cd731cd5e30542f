/**
 * Load: N simulated clients (N = 10, 100, 1000), each a plain HTTP client with its own
 * clientId, push small batches of `job.post` and pull with cursors, against the server on
 * PGlite and on PostgreSQL over loopback, in one run. Reports mutations/s, pulls/s, p50/p95/p99
 * latency per request for each endpoint and errors (which must be 0).
 *
 * Every push and pull carries a verified access token: the server child makes one station
 * desk account (posting jobs needs staff or an employer), the generator logs it in once
 * through the login API (logins are limited to 10 per phone per 10 minutes) and all clients
 * share the token. Each client keeps its own clientId, bound to that account on its first
 * push. Pushes are limited per clientId (120 a minute), so no client makes more than that;
 * the per-account, per-address and concurrent-work limits are lifted, because here one
 * account and one address stand for a thousand phones.
 *
 * Run: node --import tsx bench/load.ts   (part of `npm run bench`)
 *   DATABASE_URL  PostgreSQL to use (default: the throwaway cluster of scripts/pg-throwaway.sh);
 *                 each configuration gets its own schema, dropped afterwards.
 *   LOAD_DBS      pglite,postgres (default both)
 *
 * The server runs in a child process (this file with `--serve`), so the load generator does
 * not share its event loop. At most IN_FLIGHT requests are open at once whatever N is: 1,000
 * phones do not sync in the same millisecond, and 1,000 sockets on two shared cores would
 * measure the kernel, not the server.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import postgres from 'postgres';
import { uuidv7 } from '../src/core/ids';
import { LOGIN_PATH, type LoginResponse } from '../src/core/auth';
import {
  PROTOCOL_VERSION,
  PULL_PATH,
  type PullResponse,
  PUSH_PATH,
  type PushResponse,
  SCHEMA_VERSION,
} from '../src/core/protocol';
import { createAccount } from '../server/auth/accounts';
import { startServer } from '../server/server';
import { jobPostArgs } from '../tests/fixtures/records';

const CLIENT_COUNTS = [10, 100, 1000];
const IN_FLIGHT = 50;
/** Mutations per push: a phone syncing a few offline edits. */
const BATCH = 5;
/** Mutations per configuration, spread over its clients (at least one push each). */
const TARGET_MUTATIONS = 2000;
/** A pull asks for at most this many rows, so its cost stays comparable as jobs pile up. */
const PULL_ROWS = 100;
/** Every configuration stops by itself after this long, finished or not. */
const TIME_LIMIT_MS = 90_000;
const COUNTY = '630103';
const DATABASE_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:55432/postgres';
/** The desk account every simulated client pushes and pulls as. */
const DESK_PHONE = '13900000001';
const DESK_PASSWORD = 'load bench desk password';
/** The server's default push limit per clientId per minute (server/http/limits.ts), kept in this bench. */
const PUSHES_PER_MINUTE = 120;

type Engine = 'pglite' | 'postgres';

if (process.argv[2] === '--serve') {
  // Child: the server alone, on an ephemeral loopback port, with one station desk account in
  // its database; prints its URL and the desk's phone as one JSON line, stops on SIGTERM.
  const schema = process.argv[3];
  const server = await startServer({
    databaseUrl: schema ? DATABASE_URL : undefined,
    schema,
    demo: false,
    admin: { phone: '13900000000', password: 'load bench admin password' },
    limits: { pushesPerAccount: Infinity, pushesPerAddress: Infinity, concurrentPerAddress: Infinity },
  });
  const desk = await createAccount(server.db, {
    phone: DESK_PHONE,
    role: 'station_staff',
    stationIds: [uuidv7()],
    counties: [COUNTY],
    password: DESK_PASSWORD,
  });
  const ready: ChildReady = { url: server.url, phone: desk.phone };
  console.log(JSON.stringify(ready));
  process.on('SIGTERM', () => {
    server.close().finally(() => process.exit(0));
  });
} else {
  await main();
}

/** What the server child prints once it listens. */
interface ChildReady {
  url: string;
  phone: string;
}

async function startChild(schema?: string): Promise<ChildReady & { child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/load.ts', '--serve', ...(schema ? [schema] : [])], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  // The server logs first (e.g. "[server] made the admin account …"); the JSON line says it listens.
  for (;;) {
    const [line] = (await once(lines, 'line')) as [string];
    if (line.startsWith('{')) return { ...(JSON.parse(line) as ChildReady), child };
  }
}

/** Log the desk in once through the API; its access token is shared by every simulated client. */
async function login(url: string, phone: string): Promise<string> {
  const response = await fetch(url + LOGIN_PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ phone, password: DESK_PASSWORD, clientId: uuidv7() }),
  });
  if (response.status !== 200) throw new Error(`login ${response.status}: ${(await response.text()).slice(0, 200)}`);
  return ((await response.json()) as LoginResponse).accessToken;
}

/** A counting semaphore: the pool of requests allowed on the wire at once. */
function pool(size: number) {
  let free = size;
  const waiting: (() => void)[] = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (free === 0) await new Promise<void>((resolve) => waiting.push(resolve));
    else free -= 1;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    }
  };
}

interface Stats {
  pushMs: number[];
  pullMs: number[];
  mutations: number;
  errors: string[];
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function runClients(
  url: string,
  token: string,
  clients: number,
  rounds: number,
  deadline: number,
): Promise<Stats> {
  const limit = pool(IN_FLIGHT);
  const stats: Stats = { pushMs: [], pullMs: [], mutations: 0, errors: [] };
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
  // Latency is timed from when the request leaves the pool, not while it waits for a slot.
  const post = <T>(path: string, body: unknown, into: number[]) =>
    limit(async () => {
      const started = performance.now();
      const response = await fetch(url + path, { method: 'POST', headers, body: JSON.stringify(body) });
      const json = (await response.json()) as T;
      into.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`${path} ${response.status}: ${JSON.stringify(json).slice(0, 200)}`);
      return json;
    });

  const client = async () => {
    const clientId = uuidv7();
    let seq = 0;
    let epoch: string | null = null;
    let cursors: Record<string, number> = {};
    for (let round = 0; round < rounds && performance.now() < deadline; round++) {
      const mutations = Array.from({ length: BATCH }, () => {
        seq += 1;
        return { seq, id: uuidv7(), name: 'job.post', args: jobPostArgs(), at: Date.now() };
      });
      const pushed = await post<PushResponse>(
        PUSH_PATH,
        { v: PROTOCOL_VERSION, clientId, schema: SCHEMA_VERSION, mutations },
        stats.pushMs,
      );
      if (pushed.lastMutationSeq !== seq || pushed.results.some((r) => !r.ok)) {
        throw new Error(`push answered ${JSON.stringify(pushed).slice(0, 200)}`);
      }
      stats.mutations += BATCH;
      const page: PullResponse = await post<PullResponse>(
        PULL_PATH,
        {
          v: PROTOCOL_VERSION,
          clientId,
          schema: SCHEMA_VERSION,
          epoch,
          buckets: cursors,
          counties: [COUNTY],
          limit: PULL_ROWS,
          // The app's row format; a server from before it ignores the field.
          format: 2,
        },
        stats.pullMs,
      );
      epoch = page.epoch;
      cursors = {
        ...cursors,
        ...Object.fromEntries(Object.entries(page.buckets).map(([bucket, b]) => [bucket, b.next])),
      };
    }
  };
  await Promise.all(
    Array.from({ length: clients }, () =>
      client().catch((error: unknown) => {
        stats.errors.push(error instanceof Error ? error.message : String(error));
      }),
    ),
  );
  return stats;
}

async function measure(engine: Engine, clients: number) {
  const schema = engine === 'postgres' ? `load_${uuidv7().replaceAll('-', '')}` : undefined;
  const rounds = Math.max(1, Math.round(TARGET_MUTATIONS / (clients * BATCH)));
  // One push per round: a client over the server's per-clientId limit would be answered 429.
  if (rounds > PUSHES_PER_MINUTE)
    throw new Error(`${rounds} pushes per client is over the server's ${PUSHES_PER_MINUTE} a minute`);
  const { url, phone, child } = await startChild(schema);
  try {
    const token = await login(url, phone);
    const started = performance.now();
    const stats = await runClients(url, token, clients, rounds, started + TIME_LIMIT_MS);
    const seconds = (performance.now() - started) / 1000;
    const push = [...stats.pushMs].sort((a, b) => a - b);
    const pull = [...stats.pullMs].sort((a, b) => a - b);
    return {
      engine,
      clients,
      rounds,
      seconds,
      mutations: stats.mutations,
      mutationsPerS: stats.mutations / seconds,
      pushP50: percentile(push, 50),
      pushP95: percentile(push, 95),
      pushP99: percentile(push, 99),
      pulls: pull.length,
      pullsPerS: pull.length / seconds,
      pullP50: percentile(pull, 50),
      pullP95: percentile(pull, 95),
      pullP99: percentile(pull, 99),
      errors: stats.errors,
      timedOut: stats.mutations < clients * rounds * BATCH && stats.errors.length === 0,
    };
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
    if (schema) {
      const admin = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
      await admin.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
    }
  }
}

async function main() {
  const engines = (process.env.LOAD_DBS ?? 'pglite,postgres').split(',') as Engine[];
  console.log(
    `load: ${CLIENT_COUNTS.join('/')} clients, ${BATCH} job.post per push then one pull of ≤ ${PULL_ROWS} rows, ` +
      `~${TARGET_MUTATIONS} mutations per configuration, ${IN_FLIGHT} requests in flight at most, ${TIME_LIMIT_MS / 1000} s cap each; ` +
      'all as one station desk account (one login, its access token on every request)',
  );
  const ms = (n: number) => n.toFixed(1);
  console.log(
    '| database | clients | rounds each | mutations | mutations/s | push p50 ms | push p95 ms | push p99 ms | pulls | pulls/s | pull p50 ms | pull p95 ms | pull p99 ms | errors | wall s |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  let failed = false;
  for (const engine of engines) {
    for (const clients of CLIENT_COUNTS) {
      const r = await measure(engine, clients);
      failed ||= r.errors.length > 0;
      console.log(
        `| ${r.engine} | ${r.clients} | ${r.rounds} | ${r.mutations}${r.timedOut ? ' (time cap)' : ''} | ${r.mutationsPerS.toFixed(0)} | ` +
          `${ms(r.pushP50)} | ${ms(r.pushP95)} | ${ms(r.pushP99)} | ${r.pulls} | ${r.pullsPerS.toFixed(0)} | ` +
          `${ms(r.pullP50)} | ${ms(r.pullP95)} | ${ms(r.pullP99)} | ` +
          `${r.errors.length} | ${r.seconds.toFixed(1)} |`,
      );
      for (const error of r.errors.slice(0, 3)) console.log(`  error: ${error}`);
    }
  }
  if (failed) process.exitCode = 1;
}
