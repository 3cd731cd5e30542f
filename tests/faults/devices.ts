/**
 * Simulated devices: a GigDb (fake-indexeddb in tests) plus the real SyncEngine, talking
 * to a server through a fetch we control. Device creation lives only here; a device given
 * an account logs in through the login API like a real one.
 */
import { uuidv7 } from '../../src/core/ids';
import { GigDb } from '../../src/db/db';
import type { AccountView } from '../../src/core/auth';
import { ownerOf, readSession } from '../../src/db/session';
import { chainOf, readSyncState, updateSyncState } from '../../src/db/sync-state';
import { SyncEngine } from '../../src/sync/engine';
import type { Queryable } from '../../server/db/database';
import { issueSession } from '../support/accounts';

export interface DeviceOptions {
  /** Server (or proxy) base URL. */
  baseUrl: string;
  /** IndexedDB database name: reuse it to reopen a device after a simulated tab kill. */
  dbName?: string;
  /** Counties the device follows; empty = every county the server offers. */
  counties?: string[];
  /** Network between device and server; defaults to Node's fetch. */
  fetch?: typeof fetch;
  /** Log in as this account on first open (posting jobs needs a staff account)… */
  account?: AccountView;
  /** …with tokens from this server database. */
  server?: Queryable;
}

export interface Device {
  dbName: string;
  db: GigDb;
  engine: SyncEngine;
}

export async function openDevice(options: DeviceOptions): Promise<Device> {
  const dbName = options.dbName ?? `device-${uuidv7()}`;
  const db = new GigDb(dbName);
  const engine = new SyncEngine(db, { baseUrl: options.baseUrl, fetch: options.fetch });
  const { counties, account } = options;
  if (account && options.server && !(await readSession(db))) await issueSession(options.server, db, account);
  if (counties) {
    await updateSyncState(db, (state) => {
      state.counties = counties;
    });
  }
  return { dbName, db, engine };
}

/** The client id the device's pushes go under: the logged-in account's (or nobody's) chain. */
export async function sendingClientId(device: Device): Promise<string> {
  return chainOf(await readSyncState(device.db), ownerOf(await readSession(device.db))).clientId;
}

/** Simulate killing the tab: drop this engine and its connection, open the same database again. */
export function reopenDevice(device: Device, options: DeviceOptions): Promise<Device> {
  device.db.close();
  return openDevice({ ...options, dbName: device.dbName });
}

/** A link the test can switch off: requests fail as they do in a browser with no network. */
export function switchableFetch(inner: typeof fetch = fetch) {
  const link = { online: true };
  const fetchImpl = ((input, init) => {
    if (!link.online) return Promise.reject(new TypeError('Failed to fetch'));
    return inner(input, init);
  }) as typeof fetch;
  return { link, fetch: fetchImpl };
}

/**
 * Run sync cycles until one succeeds with an empty outbox, as the scheduler's retries
 * would. Returns the number of cycles; throws if it never gets there.
 */
export async function syncUntilDrained(device: Device, maxCycles = 40): Promise<number> {
  let lastError: unknown;
  for (let cycle = 1; cycle <= maxCycles; cycle++) {
    try {
      await device.engine.syncOnce();
      if ((await device.db.outbox.count()) === 0) return cycle;
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`${device.dbName}: outbox not drained after ${maxCycles} cycles (last error: ${String(lastError)})`);
}
