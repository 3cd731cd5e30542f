/**
 * SYNC.md T17: a phone still running the previous app version pushes after the server moved
 * on. The server answers 426 and applies nothing; the outbox stays whole; once the app has
 * updated, the same entries go out exactly once.
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MIN_SCHEMA_VERSION, PUSH_PATH } from '../../src/core/protocol';
import { mutate } from '../../src/db/mutate';
import { SyncError } from '../../src/sync/engine';
import { jobPostArgs } from '../fixtures/records';
import { DATABASES } from '../server/databases';
import { makeAccount } from '../support/accounts';
import { openDevice, reopenDevice } from './devices';
import { count, servedPerTest } from './serve';

describe.each(DATABASES.filter((d) => d.name === 'pglite'))('version skew on $name', (database) => {
  const serving = servedPerTest(database);

  it('T17 version skew: pushes from the previous schema get 426 and apply nothing; the outbox survives and drains once after the update', async () => {
    const served = serving();
    const desk = await makeAccount(served.db, 'station_staff');
    const answers: number[] = [];
    // The old app: same mutations, the schema number it was built with.
    const oldApp = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const headers = { ...(init?.headers as Record<string, string>) };
      let raw = Buffer.from(await new Response(init?.body).arrayBuffer());
      if (headers['Content-Encoding'] === 'gzip') raw = gunzipSync(raw);
      delete headers['Content-Encoding'];
      const body = JSON.stringify({ ...JSON.parse(raw.toString()), schema: MIN_SCHEMA_VERSION - 1 });
      const response = await fetch(input, { ...init, headers, body });
      if (String(input).endsWith(PUSH_PATH)) answers.push(response.status);
      return response;
    }) as typeof fetch;
    const options = { baseUrl: served.url, account: desk, server: served.db };
    let device = await openDevice({ ...options, fetch: oldApp });
    const jobs = [jobPostArgs(), jobPostArgs(), jobPostArgs()];
    for (const job of jobs) await mutate(device.db, 'job.post', job);
    for (let attempt = 0; attempt < 3; attempt++)
      await expect(device.engine.syncOnce()).rejects.toBeInstanceOf(SyncError);
    expect(answers).toEqual([426, 426, 426]);
    expect(await device.db.outbox.count()).toBe(3);
    expect(await count(served.db, 'SELECT count(*)::int AS n FROM sync_mutation')).toBe(0);

    device = await reopenDevice(device, options);
    await device.engine.syncOnce();
    expect(await device.db.outbox.count()).toBe(0);
    expect(await count(served.db, `SELECT count(*)::int AS n FROM records WHERE kind = 'job'`)).toBe(3);
    expect(await count(served.db, 'SELECT count(*)::int AS n FROM sync_mutation')).toBe(3);
  });
});
