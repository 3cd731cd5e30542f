/**
 * Scale out (issue 15): two server processes on one PostgreSQL, requests alternating between
 * them. A device's pushes stay exactly-once even when the same push reaches both at once,
 * pulls converge, a login code asked of one works on the other, a refresh token from one
 * rotates on the other, and request limits count across both (they live in the database).
 * Skipped without DATABASE_URL (.ci/run sets it).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_PATH, LOGIN_PATH, type LoginResponse, REFRESH_PATH } from '../../src/core/auth';
import { uuidv7 } from '../../src/core/ids';
import { PUSH_PATH } from '../../src/core/protocol';
import { GigDb } from '../../src/db/db';
import { mutate } from '../../src/db/mutate';
import { SyncEngine } from '../../src/sync/engine';
import { type Database, openDatabase } from '../../server/db/database';
import { migrate } from '../../server/db/migrate';
import { syncUntilDrained } from '../faults/devices';
import { jobPostArgs } from '../fixtures/records';
import { issueSession, makeAccount } from '../support/accounts';

const DATABASE_URL = process.env.DATABASE_URL;

interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Lines the process logged (login codes among them). */
  log: string[];
}

async function startProcess(schema: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/server/scale-out-server.ts', schema], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: process.env,
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const log: string[] = [];
  const [first] = (await once(lines, 'line')) as [string];
  lines.on('line', (line) => log.push(line));
  return { url: (JSON.parse(first) as { url: string }).url, child, log };
}

const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe.skipIf(!DATABASE_URL)('two server processes on one PostgreSQL', () => {
  const schema = `scale_${uuidv7().replaceAll('-', '')}`;
  let servers: ServerProcess[] = [];
  let db: Database;

  beforeAll(async () => {
    db = await openDatabase({ databaseUrl: DATABASE_URL, schema });
    await migrate(db);
    // Started together: they take turns on the migrations and share everything after.
    servers = await Promise.all([startProcess(schema), startProcess(schema)]);
  }, 60_000);

  afterAll(async () => {
    for (const server of servers) {
      server.child.kill('SIGTERM');
      await once(server.child, 'exit');
    }
    await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await db.close();
  });

  /** Requests take turns between the two processes. */
  function alternating() {
    let n = 0;
    return ((input: RequestInfo | URL, init?: RequestInit) =>
      fetch(servers[n++ % 2].url + String(input), init)) as typeof fetch;
  }

  it('keeps pushes exactly-once and pulls converging with requests alternating, and the same push sent to both at once', async () => {
    const desk = await makeAccount(db, 'station_staff');
    const local = new GigDb(`scale-${uuidv7()}`);
    await issueSession(db, local, desk);
    const both = alternating();
    // Every push also goes to the other process at the same moment: a retry racing the original.
    let turn = 0;
    const twice = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (!String(input).endsWith(PUSH_PATH)) return both(input, init);
      const [first, second] = [servers[turn % 2], servers[(turn + 1) % 2]];
      turn += 1;
      const [answer] = await Promise.all([
        fetch(first.url + String(input), init),
        fetch(second.url + String(input), init).then((r) => r.arrayBuffer()),
      ]);
      return answer;
    }) as typeof fetch;
    const writer = new SyncEngine(local, { fetch: twice });
    const total = 130;
    for (let i = 0; i < total; i++) await mutate(local, 'job.post', jobPostArgs());
    await syncUntilDrained({ dbName: local.name, db: local, engine: writer });

    const [{ n: processed }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM sync_mutation');
    const [{ n: jobs }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM records WHERE kind = 'job'`);
    expect(processed).toBe(total);
    expect(jobs).toBe(total);

    // A reader pulling from both in turn ends up with what the writer sees.
    const reader = new GigDb(`scale-${uuidv7()}`);
    const readerEngine = new SyncEngine(reader, { fetch: alternating() });
    await readerEngine.syncOnce();
    await writer.syncOnce();
    const ids = async (device: GigDb) => (await device.jobs.toCollection().primaryKeys()).sort();
    expect((await ids(reader)).length).toBe(total);
    expect(await ids(reader)).toEqual(await ids(local));
  }, 120_000);

  it('logs in with a code asked of one process on the other, and refreshes on either', async () => {
    const [a, b] = servers;
    const phone = '13912340001';
    const clientId = uuidv7();
    expect((await post(a.url + CODE_PATH, { phone })).status).toBe(200);
    let code: string | undefined;
    for (let wait = 0; wait < 50 && !code; wait++) {
      code = a.log.find((line) => line.startsWith(`[login code] ${phone}:`))?.split(': ')[1];
      if (!code) await new Promise((r) => setTimeout(r, 100));
    }
    expect(code).toMatch(/^\d{6}$/);
    const login = await post(b.url + LOGIN_PATH, { phone, code, clientId });
    expect(login.status).toBe(200);
    const { refreshToken } = (await login.json()) as LoginResponse;
    const refreshed = await post(a.url + REFRESH_PATH, { refreshToken, clientId });
    expect(refreshed.status).toBe(200);
    const again = await post(b.url + REFRESH_PATH, {
      refreshToken: ((await refreshed.json()) as LoginResponse).refreshToken,
      clientId,
    });
    expect(again.status).toBe(200);
  });

  it('counts failed logins across both processes: the limit holds whichever process is asked', async () => {
    const desk = await makeAccount(db, 'station_staff');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const answer = await post(servers[i % 2].url + LOGIN_PATH, {
        phone: desk.phone,
        password: 'not the password at all',
        clientId: uuidv7(),
      });
      statuses.push(answer.status);
    }
    // The sixth wrong password for a phone from one address is over the limit of five: the
    // seventh is refused unheard. Each process saw three or four of them.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
  });
});
