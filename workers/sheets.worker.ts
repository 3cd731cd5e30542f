/**
 * The sheets worker: reads a spreadsheet file the desk picked (workers/sheets/read.ts), off
 * the main thread. src/features/sheets/read-bridge.ts starts one per file and terminates it
 * after: SheetJS 0.18.5 (the last on npm) has a known prototype-pollution flaw on crafted
 * files (CVE-2023-30533), and a worker that dies with the file keeps whatever a crafted file
 * polluted away from the app.
 */
import '../src/core/legacy';
import { expose } from 'comlink';
import { readSheet } from './sheets/read';

const api = { read: (bytes: Uint8Array) => readSheet(bytes) };

export type SheetsWorkerApi = typeof api;
expose(api);
