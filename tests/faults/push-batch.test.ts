/**
 * Pushes run one transaction per request (issue 15). A phone that loses its connection while
 * the server is still working through a batch must lose nothing and duplicate nothing: the
 * server finishes and commits the batch without anyone to answer, and the phone's resend
 * is answered from memory.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { PUSH_BATCH, PUSH_PATH } from '../../src/core/protocol';
import { mutate } from '../../src/db/mutate';
import { NetworkError } from '../../src/sync/http';
import { jobPostArgs } from '../fixtures/records';
import { DATABASES } from '../server/databases';
import { makeAccount } from '../support/accounts';
import { openDevice, sendingClientId, syncUntilDrained } from './devices';
import { count, servedPerTest } from './serve';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(DATABASES)('batched pushes on $name', (database) => {
  const serving = servedPerTest(database);

  it('a connection dropped while the server works on a batch keeps the batch, and the resend applies nothing twice', async () => {
    const served = serving();
    const desk = await makeAccount(served.db, 'station_staff');
    let cut = 0;
    // The first push is cut off the moment its last byte has left: the server has the whole
    // batch and is applying it when the phone is gone.
    const dropping = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (!String(input).endsWith(PUSH_PATH) || cut > 0) return fetch(input, init);
      cut += 1;
      const body = Buffer.from(await new Response(init?.body).arrayBuffer());
      const headers = { ...(init?.headers as Record<string, string>), 'Content-Length': String(body.length) };
      await new Promise<void>((resolve) => {
        const sending = request(String(input), { method: 'POST', headers });
        sending.on('error', () => resolve());
        sending.end(body, () => {
          sending.destroy();
          resolve();
        });
      });
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const device = await openDevice({ baseUrl: served.url, account: desk, server: served.db, fetch: dropping });
    const total = PUSH_BATCH + 10;
    for (let i = 0; i < total; i++) await mutate(device.db, 'job.post', jobPostArgs());

    await expect(device.engine.syncOnce()).rejects.toBeInstanceOf(NetworkError);
    expect(cut).toBe(1);
    expect(await device.db.outbox.count()).toBe(total);
    // Nobody is listening, yet the server finishes the whole batch and commits it.
    const clientId = await sendingClientId(device);
    const processed = () =>
      count(served.db, 'SELECT coalesce(max(last_mutation_seq), 0)::int AS n FROM sync_client WHERE client_id = $1', [
        clientId,
      ]);
    for (let wait = 0; wait < 200 && (await processed()) < PUSH_BATCH; wait++) await sleep(50);
    expect(await processed()).toBe(PUSH_BATCH);
    expect(await count(served.db, `SELECT count(*)::int AS n FROM records WHERE kind = 'job'`)).toBe(PUSH_BATCH);

    await syncUntilDrained(device);
    expect(await device.db.outbox.count()).toBe(0);
    expect(await count(served.db, 'SELECT count(*)::int AS n FROM sync_mutation')).toBe(total);
    expect(await count(served.db, `SELECT count(*)::int AS n FROM records WHERE kind = 'job'`)).toBe(total);
    expect(await device.db.jobs.count()).toBe(total);
  });
});
