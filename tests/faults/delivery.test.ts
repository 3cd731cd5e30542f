/**
 * Delivery faults through the proxy (SYNC.md §3 T2, T3, T4): real devices (Dexie on
 * fake-indexeddb + SyncEngine) and raw HTTP clients against the real server over HTTP,
 * on PGlite and, when DATABASE_URL is set, on PostgreSQL.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids';
import type { MutatorArgs } from '../../src/core/mutators';
import { PUSH_PATH, type PushResponse, SCHEMA_VERSION } from '../../src/core/protocol';
import { mutate } from '../../src/db/mutate';
import type { AccountView } from '../../src/core/auth';
import { jobPostArgs } from '../fixtures/records';
import { DATABASES, openApp, postJson } from '../server/databases';
import { bearer, copyAccounts, makeAccount } from '../support/accounts';
import { type Device, openDevice, sendingClientId, syncUntilDrained } from './devices';
import { HEALTHY, seededRandom } from './proxy';
import { count, type ServedApp, servedPerTest } from './serve';

const mutation = (seq: number, name: string, args: unknown) => ({ seq, id: uuidv7(), name, args, at: Date.now() });
const pushBody = (clientId: string, mutations: ReturnType<typeof mutation>[]) => ({
  v: 1,
  clientId,
  schema: SCHEMA_VERSION,
  mutations,
});

function rawPush(baseUrl: string, body: unknown, auth: Record<string, string>) {
  return fetch(baseUrl + PUSH_PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...auth },
    body: JSON.stringify(body),
  });
}

/** Fields the server stamps on its own (versions, its clock); everything else must match. */
function userFields(data: Record<string, unknown>) {
  const { version, updatedAt, postedAt, expiresAt, ...rest } = data;
  return rest;
}

describe.each(DATABASES)('delivery faults on $name', (database) => {
  const serving = servedPerTest(database);
  let served: ServedApp;
  /** Posting jobs needs a staff account; every device here logs in as this desk. */
  let desk: AccountView;

  beforeEach(async () => {
    served = serving();
    desk = await makeAccount(served.db, 'station_staff');
  });

  it('T2 duplicate delivery: each push sent 2–5×, 30% of answers dropped after commit → server state = one delivery, count(sync_mutation) = distinct mutations, 0 duplicate entities, outboxes empty', async () => {
    const random = seededRandom(20_02);
    served.proxy.setPolicy(({ path }) => ({
      copies: path === PUSH_PATH ? 2 + Math.floor(random() * 4) : 1,
      dropResponse: random() < 0.3,
    }));
    const devices = await Promise.all(
      Array.from({ length: 3 }, () => openDevice({ baseUrl: served.proxy.url, account: desk, server: served.db })),
    );
    const sent: { clientId: string; seq: number; id: string; name: string; args: unknown }[] = [];
    const write = async <N extends 'job.post' | 'job.edit' | 'job.setStatus'>(
      d: Device,
      name: N,
      args: MutatorArgs<N>,
    ) => {
      const { clientId, clientSeq, mutationId } = await mutate(d.db, name, args);
      sent.push({ clientId, seq: clientSeq, id: mutationId, name, args });
    };
    for (let round = 0; round < 4; round++) {
      await Promise.all(
        devices.map(async (d) => {
          const a = jobPostArgs({ title: `第${round}轮招工` });
          const b = jobPostArgs();
          await write(d, 'job.post', a);
          await write(d, 'job.post', b);
          await write(d, 'job.edit', { id: a.id, baseVersion: 0, patch: { title: `改过的标题${round}` } });
          await write(d, 'job.setStatus', { id: b.id, status: 'filled' });
          await syncUntilDrained(d);
        }),
      );
    }
    expect(served.proxy.stats.duplicated).toBeGreaterThan(0);
    expect(served.proxy.stats.droppedResponses).toBeGreaterThan(0);

    const { db } = served;
    expect(await count(db, 'SELECT count(*)::int AS n FROM sync_mutation')).toBe(sent.length);
    expect(await count(db, 'SELECT count(DISTINCT mutation_id)::int AS n FROM sync_mutation')).toBe(sent.length);
    expect(await count(db, `SELECT count(*)::int AS n FROM sync_mutation WHERE NOT ok`)).toBe(0);
    const posts = sent.filter((m) => m.name === 'job.post').length;
    expect(await count(db, `SELECT count(*)::int AS n FROM records WHERE kind = 'job'`)).toBe(posts);
    expect(await count(db, 'SELECT count(*)::int AS n FROM sync_log')).toBe(posts);

    // The same mutations delivered once each, over a clean link, must give the same records.
    const control = await openApp(database);
    try {
      await copyAccounts(db, control.db);
      const auth = await bearer(control.app, desk, uuidv7());
      for (const m of sent) {
        const response = await postJson(control.app, PUSH_PATH, pushBody(m.clientId, [{ ...m, at: Date.now() }]), auth);
        expect(response.status).toBe(200);
      }
      const rows = async (d: typeof db) =>
        (await d.query<{ data: Record<string, unknown> }>(`SELECT data FROM records ORDER BY id`)).map((r) =>
          userFields(r.data),
        );
      expect(await rows(db)).toEqual(await rows(control.db));
    } finally {
      await control.db.close();
    }

    served.proxy.setPolicy(HEALTHY);
    for (const d of devices) {
      await d.engine.syncOnce();
      expect(await d.db.outbox.count()).toBe(0);
      expect(await d.db.quarantine.count()).toBe(0);
      expect(await d.db.jobs.count()).toBe(posts);
    }
  });

  it('T3 sequence gap: seq N+2 arriving before N+1 gets 409 SEQ_GAP expected=N+1 and applies nothing; the client recovers within one retry', async () => {
    const clientId = uuidv7();
    const auth = await bearer(served.url, desk, clientId);
    const first = mutation(1, 'job.post', jobPostArgs());
    expect((await rawPush(served.proxy.url, pushBody(clientId, [first]), auth)).status).toBe(200);
    // The proxy holds the next request (N+1) until the one after it (N+2) has been answered.
    served.proxy.setPolicy(({ n }) => ({ reorder: n === 2 }));
    const n1 = mutation(2, 'job.post', jobPostArgs());
    const n2 = mutation(3, 'job.post', jobPostArgs());
    const early = rawPush(served.proxy.url, pushBody(clientId, [n1]), auth);
    await new Promise((r) => setTimeout(r, 20));
    const gap = await rawPush(served.proxy.url, pushBody(clientId, [n2]), auth);
    expect(gap.status).toBe(409);
    expect(await gap.json()).toMatchObject({ error: 'SEQ_GAP', expected: 2, message: 'SEQ_GAP expected=2' });
    expect((await early).status).toBe(200);
    expect(served.proxy.stats.reordered).toBe(1);
    expect(await count(served.db, 'SELECT count(*)::int AS n FROM sync_mutation WHERE seq = 3')).toBe(0);
    expect(
      await count(served.db, 'SELECT count(*)::int AS n FROM records WHERE id = $1', [
        n2.args && (n2.args as { id: string }).id,
      ]),
    ).toBe(0);

    const retry = await rawPush(served.proxy.url, pushBody(clientId, [n2]), auth);
    expect(retry.status).toBe(200);
    expect(((await retry.json()) as PushResponse).lastMutationSeq).toBe(3);

    // A device whose later batch reached the server first (a second tab, an old request):
    // the gap is refused, and the device's next sync cycle drains everything.
    const device = await openDevice({ baseUrl: served.proxy.url, account: desk, server: served.db });
    for (let i = 0; i < 60; i++) await mutate(device.db, 'job.post', jobPostArgs());
    const deviceId = await sendingClientId(device);
    const tail = (await device.db.outbox.toArray())
      .filter((e) => e.clientSeq > 50)
      .map(({ clientSeq, id, name, args, at }) => ({ seq: clientSeq, id, name, args, at }));
    const refused = await rawPush(served.proxy.url, pushBody(deviceId, tail), auth);
    expect(refused.status).toBe(409);
    expect(
      await count(served.db, 'SELECT count(*)::int AS n FROM sync_mutation WHERE client_id = $1', [deviceId]),
    ).toBe(0);
    await device.engine.syncOnce();
    expect(await device.db.outbox.count()).toBe(0);
    expect(
      await count(served.db, 'SELECT count(*)::int AS n FROM sync_mutation WHERE client_id = $1', [deviceId]),
    ).toBe(60);
  });

  // Regression: the client row used to be inserted before the gap check and committed, so
  // anyone could grow sync_client with random client ids.
  it('T3 a SEQ_GAP push from a client the server has never seen writes nothing (not even its sync_client row)', async () => {
    const clientId = uuidv7();
    const auth = await bearer(served.url, desk, clientId);
    const gap = await rawPush(served.url, pushBody(clientId, [mutation(2, 'job.post', jobPostArgs())]), auth);
    expect(gap.status).toBe(409);
    expect(await count(served.db, 'SELECT count(*)::int AS n FROM sync_client WHERE client_id = $1', [clientId])).toBe(
      0,
    );
  });

  it('T4 poison mutation: k is acknowledged ok:false and quarantined, k+1…k+50 are applied, every push request advances the queue', async () => {
    // A job another account already posted under this id: new on this device, so it queues; the
    // server answers EXISTS every time, the way a mutation that always fails validation would.
    const taken = jobPostArgs();
    const colleague = await makeAccount(served.db, 'station_staff');
    const other = await openDevice({ baseUrl: served.proxy.url, account: colleague, server: served.db });
    await mutate(other.db, 'job.post', taken);
    await other.engine.syncOnce();

    const device = await openDevice({ baseUrl: served.proxy.url, account: desk, server: served.db });
    const k = 7;
    for (let i = 1; i < k; i++) await mutate(device.db, 'job.post', jobPostArgs());
    await mutate(device.db, 'job.post', taken);
    for (let i = 0; i < 50; i++) await mutate(device.db, 'job.post', jobPostArgs());

    const advances: number[] = [];
    served.proxy.setPolicy(({ path, json }) => {
      if (path === PUSH_PATH) advances.push((json() as { mutations: { seq: number }[] }).mutations[0].seq);
      return {};
    });
    const report = await device.engine.syncOnce();
    expect(report).toMatchObject({ pushed: k + 50, rejected: 1 });
    // 57 mutations, batches of 50: two requests, each starting where the previous one ended.
    expect(advances).toEqual([1, 51]);
    expect(await device.db.outbox.count()).toBe(0);
    expect(await device.db.quarantine.toArray()).toMatchObject([{ seq: k, code: 'EXISTS' }]);
    const clientId = await sendingClientId(device);
    const results = await served.db.query<{ seq: number; ok: boolean }>(
      'SELECT seq, ok FROM sync_mutation WHERE client_id = $1 ORDER BY seq',
      [clientId],
    );
    expect(results.map((r) => r.seq)).toEqual(Array.from({ length: k + 50 }, (_, i) => i + 1));
    expect(results.filter((r) => !r.ok).map((r) => r.seq)).toEqual([k]);
    expect(await count(served.db, `SELECT count(*)::int AS n FROM records WHERE kind = 'job'`)).toBe(k + 50);
  });
});
