/**
 * Simulated devices: a GigDb (fake-indexeddb in tests) plus the real SyncEngine, talking
 * to a server through a fetch we control. Device creation lives only here, so when the
 * engine gains an auth-token provider it is added in one place.
 */
import { uuidv7 } from '../../src/core/ids';
import { GigDb } from '../../src/db/db';
import { updateSyncState } from '../../src/db/sync-state';
import { SyncEngine } from '../../src/sync/engine';

export interface DeviceOptions {
  /** Server (or proxy) base URL. */
  baseUrl: string;
  /** IndexedDB database name: reuse it to reopen a device after a simulated tab kill. */
  dbName?: string;
  /** Counties the device follows; empty = every county the server offers. */
  counties?: string[];
  /** Network between device and server; defaults to Node's fetch. */
  fetch?: typeof fetch;
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
  const { counties } = options;
  if (counties) {
    await updateSyncState(db, (state) => {
      state.counties = counties;
    });
  }
  return { dbName, db, engine };
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
