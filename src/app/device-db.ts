/**
 * Opening the device database, whatever the browser allows. Where IndexedDB is missing or
 * refuses to open (a private window, a WebView or setting that blocks site storage), the app
 * runs on an in-memory IndexedDB instead (fake-indexeddb, loaded only then): everything works
 * while the tab is open, the shell says that nothing is kept, and leaving with unsent writes
 * asks first (src/app/BrowserLimits.tsx). Opening is awaited before the first render; the
 * first screen waits for the database anyway.
 */
import { DB_NAME, GigDb } from '../db/db';

export async function openDeviceDb(): Promise<GigDb> {
  const db = new GigDb();
  try {
    await db.open();
    return db;
  } catch (error) {
    // Another tab's newer version is not a missing database: that tab's upgrade notice applies.
    if (error instanceof Error && error.name === 'VersionError') return db;
    console.warn('[db] IndexedDB unavailable, keeping data in memory only', error);
    const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
    const memory = new GigDb(DB_NAME, { indexedDB, IDBKeyRange });
    await memory.open();
    return memory;
  }
}
