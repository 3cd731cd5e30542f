import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids';
import { type PullResponse, type PushResponse, decodeRows, SCHEMA_VERSION } from '../../src/core/protocol';
import type { Database } from '../../server/db/database';
import { jobPostArgs } from '../fixtures/records';
import { bearer, makeAccount } from '../support/accounts';
import { DATABASES, openApp, postJson, type TestApp } from './databases';

const PUSH = '/api/sync/v1/push';
const PULL = '/api/sync/v1/pull';

function mutation(seq: number, name: string, args: unknown) {
  return { seq, id: uuidv7(), name, args, at: Date.now() };
}
function pushBody(clientId: string, mutations: ReturnType<typeof mutation>[]) {
  return { v: 1, clientId, schema: SCHEMA_VERSION, mutations };
}
async function count(db: Database, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await db.query<{ n: number }>(sql, params);
  return row.n;
}

describe.each(DATABASES)('sync protocol on $name', (database) => {
  let db: Database;
  let app: TestApp;
  const clientId = uuidv7();
  /** Pushes come from a desk account: posting jobs needs one. */
  let desk: Record<string, string>;
  /** Pulls come from a worker's device, which follows only the counties it asks for. */
  let reader: Record<string, string>;
  const readerClientId = uuidv7();

  beforeEach(async () => {
    ({ db, app } = await openApp(database, 5));
    // The desk works in the two counties a job moves between below.
    desk = await bearer(app, await makeAccount(db, 'station_staff', { counties: ['630103', '150525'] }), clientId);
    reader = await bearer(app, await makeAccount(db, 'worker'), readerClientId);
  });
  afterEach(async () => {
    await db.close();
  });

  async function pullAll(from: Record<string, number> = {}, counties: string[] = [], maxPages = 100) {
    let cursors = { ...from };
    const pages: PullResponse[] = [];
    for (let i = 0; i < maxPages; i++) {
      const response = await postJson(
        app,
        PULL,
        {
          v: 1,
          clientId: readerClientId,
          schema: SCHEMA_VERSION,
          epoch: pages.at(-1)?.epoch ?? null,
          buckets: cursors,
          counties,
        },
        reader,
      );
      expect(response.status).toBe(200);
      const page = (await response.json()) as PullResponse;
      pages.push(page);
      for (const [bucket, p] of Object.entries(page.buckets)) cursors[bucket] = p.next;
      cursors = Object.fromEntries(Object.entries(cursors).filter(([b]) => page.granted.includes(b)));
      if (!Object.values(page.buckets).some((b) => b.more)) break;
    }
    return { pages, cursors };
  }

  it('applies a push delivered twice exactly once and answers the replay from memory', async () => {
    const body = pushBody(clientId, [mutation(1, 'job.post', jobPostArgs()), mutation(2, 'job.post', jobPostArgs())]);
    const first = await postJson(app, PUSH, body, desk);
    const second = await postJson(app, PUSH, body, desk);
    expect(first.status).toBe(200);
    expect(await second.json()).toEqual(await first.json());
    expect(await count(db, `SELECT count(*)::int AS n FROM records WHERE kind = 'job'`)).toBe(2);
    expect(await count(db, 'SELECT count(*)::int AS n FROM sync_mutation')).toBe(2);
  });

  it('answers a sequence gap with 409 and the expected seq, applying nothing', async () => {
    await postJson(app, PUSH, pushBody(clientId, [mutation(1, 'job.post', jobPostArgs())]), desk);
    const response = await postJson(app, PUSH, pushBody(clientId, [mutation(3, 'job.post', jobPostArgs())]), desk);
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: 'SEQ_GAP', expected: 2 });
    expect(await count(db, `SELECT count(*)::int AS n FROM records WHERE kind = 'job'`)).toBe(1);
  });

  it('rejects a poison mutation with its reason and applies the 50 behind it', async () => {
    const mutations = [
      mutation(1, 'job.post', jobPostArgs({ wageMin: 300, wageMax: 100 })),
      ...Array.from({ length: 50 }, (_, i) => mutation(i + 2, 'job.post', jobPostArgs())),
    ];
    const response = await postJson(app, PUSH, pushBody(clientId, mutations), desk);
    const body = (await response.json()) as PushResponse;
    expect(body.lastMutationSeq).toBe(51);
    expect(body.results[0]).toMatchObject({ seq: 1, ok: false, code: 'INVALID', field: 'wageMax' });
    expect(body.results.slice(1).every((r) => r.ok)).toBe(true);
    expect(await count(db, `SELECT count(*)::int AS n FROM records WHERE kind = 'job'`)).toBe(50);
  });

  it('pages a pull and resumes from saved cursors without loss or duplicates', async () => {
    const jobs = Array.from({ length: 23 }, () => jobPostArgs());
    await postJson(
      app,
      PUSH,
      pushBody(
        clientId,
        jobs.map((args, i) => mutation(i + 1, 'job.post', args)),
      ),
      desk,
    );
    const firstTwo = await pullAll({}, [], 2);
    const rest = await pullAll(firstTwo.cursors);
    const ids = [...firstTwo.pages, ...rest.pages].flatMap((p) =>
      Object.values(p.buckets).flatMap((b) => (b.put.job ? decodeRows(b.put.job).map((r) => r.id) : [])),
    );
    expect(ids.length).toBe(23);
    expect(new Set(ids)).toEqual(new Set(jobs.map((j) => j.id)));
    const again = await pullAll(rest.cursors);
    expect(Object.keys(again.pages[0].buckets)).toEqual([]);
  });

  it('delivers tombstones for removed jobs and for jobs moved to another county', async () => {
    const removed = jobPostArgs();
    const moved = jobPostArgs();
    await postJson(
      app,
      PUSH,
      pushBody(clientId, [mutation(1, 'job.post', removed), mutation(2, 'job.post', moved)]),
      desk,
    );
    const before = await pullAll();
    await postJson(
      app,
      PUSH,
      pushBody(clientId, [
        mutation(3, 'job.remove', { id: removed.id }),
        mutation(4, 'job.edit', {
          id: moved.id,
          baseVersion: 0,
          patch: { regionCode: '150525100', place: '大沁他拉镇' },
        }),
      ]),
      desk,
    );
    // A device following only the old county loses both; one following both keeps the moved job.
    const onlyOld = await pullAll(before.cursors, ['630103']);
    const old = onlyOld.pages.flatMap((p) => p.buckets['jobs:cty:630103']?.rm.job ?? []).map(([id]) => id);
    expect(new Set(old)).toEqual(new Set([removed.id, moved.id]));
    const both = await pullAll(before.cursors, ['630103', '150525']);
    const dropped = both.pages.flatMap((p) => p.buckets['jobs:cty:630103']?.rm.job ?? []).map(([id]) => id);
    expect(dropped).toEqual([removed.id]);
    const arrived = both.pages.flatMap((p) =>
      p.buckets['jobs:cty:150525']?.put.job ? decodeRows(p.buckets['jobs:cty:150525'].put.job!) : [],
    );
    expect(arrived.map((j) => j.id)).toEqual([moved.id]);
  });

  it('tells a client holding another epoch to start its buckets over', async () => {
    await postJson(app, PUSH, pushBody(clientId, [mutation(1, 'job.post', jobPostArgs())]), desk);
    const response = await postJson(
      app,
      PULL,
      { v: 1, clientId, schema: SCHEMA_VERSION, epoch: 'restored-from-backup', buckets: { stations: 99 } },
      desk,
    );
    const page = (await response.json()) as PullResponse;
    expect(page.buckets['jobs:cty:630103'].reset).toBe('epoch');
  });

  it('answers every kind of bad body with a 4xx naming the problem, never a 5xx', async () => {
    const cases: [string | object, Record<string, string>, number, string][] = [
      ['{not json', {}, 400, 'BAD_JSON'],
      [{ v: 1, clientId, schema: SCHEMA_VERSION, mutations: [{ seq: 'one' }] }, {}, 400, 'INVALID'],
      [{ v: 2, clientId, schema: SCHEMA_VERSION, mutations: [] }, {}, 400, 'INVALID'],
      ['x'.repeat(600 * 1024), {}, 413, 'TOO_LARGE'],
      ['{}', { 'Content-Type': 'text/plain' }, 415, 'CONTENT_TYPE'],
      ['{}', { 'Content-Encoding': 'br' }, 415, 'ENCODING'],
      ['not gzip', { 'Content-Encoding': 'gzip' }, 400, 'BAD_GZIP'],
    ];
    for (const [body, headers, status, error] of cases) {
      const response = await postJson(app, PUSH, body, headers);
      expect({ status: response.status, error: (await response.json()).error }).toEqual({ status, error });
    }
    const field = await (
      await postJson(app, PUSH, { v: 1, clientId: 'me', schema: SCHEMA_VERSION, mutations: [] })
    ).json();
    expect(field).toMatchObject({ field: 'clientId' });
  });

  it('accepts gzip bodies and refuses one that inflates past 2 MB', async () => {
    const body = JSON.stringify(pushBody(clientId, [mutation(1, 'job.post', jobPostArgs())]));
    const ok = await app.request(PUSH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', ...desk },
      body: gzipSync(body),
    });
    expect(ok.status).toBe(200);
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));
    const refused = await app.request(PUSH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      body: bomb,
    });
    expect(refused.status).toBe(413);
  });
});
