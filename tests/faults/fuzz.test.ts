/**
 * Bad input and abuse: 10,000+ random and malformed requests to every sync endpoint (wrong
 * types, huge strings, deep nesting, invalid UTF-8, gzip bombs and broken gzip, wrong
 * headers, replayed bodies, valid envelopes with random mutation arguments). The server
 * must answer every one below 500 with a JSON error naming the problem, stay up, and never
 * write part of a refused request.
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids';
import { MUTATOR_NAMES } from '../../src/core/mutators';
import { PROTOCOL_VERSION, PULL_PATH, PUSH_PATH, SCHEMA_VERSION } from '../../src/core/protocol';
import type { Database } from '../../server/db/database';
import { jobPostArgs } from '../fixtures/records';
import { bearer, makeAccount } from '../support/accounts';
import { DATABASES, openApp, type TestApp } from '../server/databases';

const REQUESTS = 10_000;
const FUZZ_SEED = 5;

interface Case {
  path: string;
  method: string;
  headers: Record<string, string>;
  body?: Buffer | string;
}

const clientIds = Array.from({ length: 8 }, () => uuidv7());
const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const BOMB = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
const json = (value: unknown) => JSON.stringify(value);

/** A value of the wrong kind, or an extreme one of the right kind. */
const weird = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(null, -1, 0, 1.5, 2 ** 53, Number.MAX_VALUE, '', '0', true, [], {}, '💥'.repeat(2000)),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** Usually right, sometimes wrong: so the fuzzing also gets past the envelope check. */
const mostly = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: weird });

const mutationArb = fc.record({
  seq: mostly(fc.integer({ min: 1, max: 6 })),
  id: mostly(fc.constant(null).map(() => uuidv7())),
  name: fc.oneof(fc.constantFrom(...MUTATOR_NAMES), weird),
  args: fc.oneof(
    fc.constant(null).map(() => jobPostArgs()),
    weird,
    fc.dictionary(fc.string(), weird),
  ),
  at: mostly(fc.constant(Date.now())),
});

const pushArb = fc.record({
  v: mostly(fc.constant(PROTOCOL_VERSION)),
  clientId: mostly(fc.constantFrom(...clientIds)),
  schema: mostly(fc.constant(SCHEMA_VERSION)),
  mutations: mostly(fc.array(mutationArb, { minLength: 1, maxLength: 5 })),
});

const pullArb = fc.record({
  v: mostly(fc.constant(PROTOCOL_VERSION)),
  clientId: mostly(fc.constantFrom(...clientIds)),
  schema: mostly(fc.constant(SCHEMA_VERSION)),
  epoch: mostly(fc.constant(null)),
  buckets: fc.oneof(fc.dictionary(fc.oneof(fc.constant('stations'), fc.string()), fc.oneof(fc.nat(), weird)), weird),
  counties: fc.oneof(fc.constant(undefined), fc.array(fc.oneof(fc.constant('630103'), fc.string())), weird),
  limit: fc.oneof(fc.constant(undefined), fc.integer(), weird),
});

const JSON_TYPE = { 'Content-Type': 'application/json' };
const path = fc.constantFrom(PUSH_PATH, PULL_PATH);

const caseArb: fc.Arbitrary<Case> = fc.oneof(
  // Valid-looking envelopes with wrong types and random arguments inside.
  {
    weight: 20,
    arbitrary: pushArb.map((b) => ({ path: PUSH_PATH, method: 'POST', headers: JSON_TYPE, body: json(b) })),
  },
  {
    weight: 10,
    arbitrary: pullArb.map((b) => ({ path: PULL_PATH, method: 'POST', headers: JSON_TYPE, body: json(b) })),
  },
  // Any JSON at all, to either endpoint.
  {
    weight: 6,
    arbitrary: fc
      .tuple(path, fc.jsonValue())
      .map(([p, b]) => ({ path: p, method: 'POST', headers: JSON_TYPE, body: json(b) })),
  },
  // Bytes that are not UTF-8, or not JSON.
  {
    weight: 6,
    arbitrary: fc.tuple(path, fc.uint8Array({ maxLength: 300 })).map(([p, bytes]) => ({
      path: p,
      method: 'POST',
      headers: JSON_TYPE,
      body: Buffer.from([0x7b, 0xff, 0xfe, ...bytes]),
    })),
  },
  // Huge strings and deep nesting.
  {
    weight: 1,
    arbitrary: fc.tuple(path, fc.constantFrom(100, 400, 520, 700)).map(([p, kb]) => ({
      path: p,
      method: 'POST',
      headers: JSON_TYPE,
      body: json({
        v: 1,
        clientId: clientIds[0],
        schema: SCHEMA_VERSION,
        mutations: [{ seq: 1, id: uuidv7(), name: 'x'.repeat(kb * 1024), args: {}, at: 1 }],
      }),
    })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(path, fc.constantFrom(100, 1_000, 20_000)).map(([p, depth]) => ({
      path: p,
      method: 'POST',
      headers: JSON_TYPE,
      body: `{"v":1,"clientId":"${clientIds[1]}","schema":${SCHEMA_VERSION},"mutations":[{"seq":1,"id":"${uuidv7()}","name":"job.post","at":1,"args":${deep(depth)}}]}`,
    })),
  },
  // Gzip: bombs, broken streams, valid gzip of garbage; and unsupported encodings.
  {
    weight: 1,
    arbitrary: fc.tuple(path, fc.constantFrom('bomb', 'broken', 'garbage', 'br')).map(([p, kind]) => ({
      path: p,
      method: 'POST',
      headers: { ...JSON_TYPE, 'Content-Encoding': kind === 'br' ? 'br' : 'gzip' },
      body: kind === 'bomb' ? BOMB : kind === 'broken' ? BOMB.subarray(0, 500) : gzipSync('{"v":1,'),
    })),
  },
  // Wrong content types, methods and paths.
  {
    weight: 3,
    arbitrary: fc
      .record({
        path: fc.constantFrom(PUSH_PATH, PULL_PATH, '/api/sync/v1/nope', '/api/sync/v2/push'),
        method: fc.constantFrom('POST', 'PUT', 'GET', 'DELETE') as fc.Arbitrary<string>,
        type: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json', ''),
      })
      .map(({ path, method, type }) => ({
        path,
        method,
        headers: (type ? { 'Content-Type': type } : {}) as Record<string, string>,
        body: method === 'GET' ? undefined : '{"v":1}',
      })),
  },
);

interface Snapshot {
  records: number;
  mutations: number;
  log: number;
  clients: number;
  seqs: number;
}

/** Everything a request may have written; a refused request must leave all of it unchanged. */
async function snapshot(db: Database): Promise<Snapshot> {
  const [row] = await db.query<Snapshot>(
    `SELECT (SELECT count(*)::int FROM records) AS records, (SELECT count(*)::int FROM sync_mutation) AS mutations,
            (SELECT count(*)::int FROM sync_log) AS log, (SELECT count(*)::int FROM sync_client) AS clients,
            (SELECT coalesce(sum(last_mutation_seq), 0)::int FROM sync_client) AS seqs`,
  );
  return row;
}

// The full count on PGlite; a tenth on PostgreSQL, which runs the same code over a socket.
describe.each(DATABASES)('fuzzing the sync endpoints on $name', (database) => {
  let db: Database;
  let app: TestApp;

  /** Authorization headers by index: none, garbage, another account's (bound client ids), the desk's. */
  let tokens: Record<string, string>[];

  beforeAll(async () => {
    ({ db, app } = await openApp(database, undefined, {
      limits: { pushesPerClient: Infinity, pushesPerAccount: Infinity, pushesPerAddress: Infinity },
    }));
    const desk = await bearer(app, await makeAccount(db, 'station_staff'), uuidv7());
    const stranger = await bearer(app, await makeAccount(db, 'worker'), uuidv7());
    tokens = [{}, { Authorization: 'Bearer not.a.token' }, stranger, ...Array(9).fill(desk)];
  });
  afterAll(async () => {
    await db?.close();
  });

  const total = database.name === 'pglite' ? REQUESTS : REQUESTS / 10;
  it(`${total} random and malformed bodies (wrong types, huge strings, deep nesting, bad UTF-8, gzip bombs, replayed bodies, forged and foreign tokens) → every answer < 500 with a JSON error, server up, no partial write`, async () => {
    const cases = fc.sample(caseArb, { seed: FUZZ_SEED, numRuns: total * 0.9 });
    // Replays: a tenth of the requests are earlier bodies sent again.
    const replays = fc
      .sample(fc.nat(cases.length - 1), { seed: FUZZ_SEED + 1, numRuns: total * 0.1 })
      .map((i) => cases[i]);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const originalError = console.error;
    console.error = (...args: unknown[]) => failures.push(`server logged: ${args.map(String).join(' ').slice(0, 300)}`);
    try {
      let before = await snapshot(db);
      for (const [i, c] of [...cases, ...replays].entries()) {
        const headers = { ...tokens[i % tokens.length], ...c.headers };
        const response = await app.request(c.path, { method: c.method, headers, body: c.body as BodyInit | undefined });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const text = await response.text();
        const what = `${c.method} ${c.path} ${String(c.body ?? '').slice(0, 200)}`;
        if (response.status >= 500) failures.push(`${response.status} for ${what}: ${text.slice(0, 200)}`);
        const after = await snapshot(db);
        if (response.status >= 400) {
          if (!/"message":"[^"]+"/.test(text)) failures.push(`${response.status} without a message for ${what}`);
          if (JSON.stringify(after) !== JSON.stringify(before))
            failures.push(`refused with ${response.status} but wrote: ${what}`);
        } else if (c.path === PUSH_PATH && after.mutations - before.mutations !== after.seqs - before.seqs) {
          failures.push(
            `push stored ${after.mutations - before.mutations} answers for ${after.seqs - before.seqs} seqs: ${what}`,
          );
        }
        before = after;
        if (failures.length > 20) break;
      }
    } finally {
      console.error = originalError;
    }
    const health = await app.request('/api/health');
    expect(health.status).toBe(200);
    console.info(`fuzz on ${database.name}: statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(failures).toEqual([]);
    // The run must have reached the database, not only the front-door checks: applied pushes
    // and pulls (200) and sequence gaps (409), which are decided inside a transaction.
    expect((statuses.get(200) ?? 0) + (statuses.get(409) ?? 0)).toBeGreaterThan(total / 40);
  });
});
