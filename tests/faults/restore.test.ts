/**
 * SYNC.md T7 (server back in time) and T18 (reset loop guard), on the real server over
 * HTTP with simulated devices. A "backup" is a copy of every server table taken in the
 * database; "restoring" it puts the copies back and starts a new epoch, as the restore
 * runbook in docs/ARCHITECTURE.md says.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { AccountView } from '../../src/core/auth';
import { PULL_PATH, type PullResponse } from '../../src/core/protocol';
import { mutate } from '../../src/db/mutate';
import type { Database } from '../../server/db/database';
import { jobPostArgs } from '../fixtures/records';
import { DATABASES } from '../server/databases';
import { makeAccount } from '../support/accounts';
import { type Device, openDevice, reopenDevice, sendingClientId, syncUntilDrained } from './devices';
import { count, type ServedApp, servedPerTest } from './serve';

const TABLES = [
  'records',
  'sync_log',
  'sync_meta',
  'sync_client',
  'sync_mutation',
  'accounts',
  'token_families',
  'refresh_tokens',
  'server_keys',
];

async function backup(db: Database): Promise<void> {
  for (const table of TABLES)
    await db.exec(`DROP TABLE IF EXISTS backup_${table}; CREATE TABLE backup_${table} AS SELECT * FROM ${table}`);
}

async function restore(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    for (const table of [...TABLES].reverse()) await tx.query(`DELETE FROM ${table}`);
    for (const table of TABLES) await tx.query(`INSERT INTO ${table} SELECT * FROM backup_${table}`);
    // The runbook's last step: clients must not trust cursors into the log they knew.
    await tx.query('UPDATE sync_meta SET epoch = gen_random_uuid() WHERE id = 1');
  });
}

async function jobIds(device: Device): Promise<string[]> {
  return (await device.db.jobs.toArray()).map((j) => j.id).sort();
}

describe.each(DATABASES)('server restore on $name', (database) => {
  const serving = servedPerTest(database);
  let served: ServedApp;
  let desk: AccountView;

  beforeEach(async () => {
    served = serving();
    desk = await makeAccount(served.db, 'station_staff');
  });

  const open = () => openDevice({ baseUrl: served.url, account: desk, server: served.db });

  it('T7 server back in time: restored from a backup older than 6 acknowledged writes → every device re-sends them, resets its buckets and converges; 0 acknowledged writes lost', async () => {
    const a = await open();
    const b = await open();
    const posted: string[] = [];
    const post = async (device: Device, n: number) => {
      for (let i = 0; i < n; i++) {
        const args = jobPostArgs();
        await mutate(device.db, 'job.post', args);
        posted.push(args.id);
      }
    };
    await post(a, 3);
    await syncUntilDrained(a);
    await backup(served.db);
    await post(a, 4);
    await syncUntilDrained(a);
    await post(b, 2);
    await syncUntilDrained(b);
    expect(await count(served.db, `SELECT count(*)::int AS n FROM records WHERE kind = 'job'`)).toBe(9);

    await restore(served.db);
    expect(await count(served.db, `SELECT count(*)::int AS n FROM records WHERE kind = 'job'`)).toBe(3);
    await post(a, 1);
    await syncUntilDrained(a);
    await syncUntilDrained(b);
    await a.engine.syncOnce();

    const server = (
      await served.db.query<{ id: string }>(`SELECT id FROM records WHERE kind = 'job' AND NOT deleted ORDER BY id`)
    ).map((r) => r.id);
    expect(server).toEqual([...posted].sort());
    expect(await jobIds(a)).toEqual(server);
    expect(await jobIds(b)).toEqual(server);
    // Each device's sequence is whole again on the server: 1..8 for a, 1..2 for b.
    const seqs = async (device: Device) =>
      (
        await served.db.query<{ seq: number }>('SELECT seq FROM sync_mutation WHERE client_id = $1 ORDER BY seq', [
          await sendingClientId(device),
        ])
      ).map((r) => r.seq);
    expect(await seqs(a)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await seqs(b)).toEqual([1, 2]);
  });

  it('T18 reset loop guard: after a forced reset, 5 app restarts pull normal deltas with no repeated reset', async () => {
    const resets: string[][] = [];
    const watching = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await fetch(input, init);
      if (String(input).endsWith(PULL_PATH) && response.ok) {
        const page = (await response.clone().json()) as PullResponse;
        resets.push(Object.entries(page.buckets).flatMap(([bucket, p]) => (p.reset ? [bucket] : [])));
      }
      return response;
    }) as typeof fetch;
    const options = { baseUrl: served.url, account: desk, server: served.db, fetch: watching };
    let device = await openDevice(options);
    await mutate(device.db, 'job.post', jobPostArgs());
    await syncUntilDrained(device);
    await served.db.query('UPDATE sync_meta SET epoch = gen_random_uuid() WHERE id = 1');
    resets.length = 0;
    await device.engine.syncOnce();
    expect(resets.flat().length, 'the forced reset reaches the device').toBeGreaterThan(0);
    resets.length = 0;
    for (let restart = 0; restart < 5; restart++) {
      device = await reopenDevice(device, options);
      await mutate(device.db, 'job.post', jobPostArgs());
      await device.engine.syncOnce();
    }
    expect(resets.length).toBeGreaterThanOrEqual(5);
    expect(resets.flat()).toEqual([]);
    expect(await device.db.jobs.count()).toBe(
      await count(served.db, `SELECT count(*)::int AS n FROM records WHERE kind = 'job'`),
    );
  });
});
