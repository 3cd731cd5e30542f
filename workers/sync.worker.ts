/**
 * The sync worker: lands pull pages (parse the server's bytes, write the rows) off the main
 * thread, so a first sync's thousands of rows never freeze the screen. Dexie's live queries
 * in the page see these writes. Created only by src/sync/page-worker.ts.
 */
import '../src/core/legacy';
import { applyPullBytes, type PageSummary } from '../src/db/apply';
import { GigDb } from '../src/db/db';
import { isQuotaError } from '../src/db/quota';

export interface PageRequest {
  id: number;
  bytes: ArrayBuffer;
}

export type PageReply =
  | { id: number; summary: PageSummary | null; error?: undefined }
  | { id: number; error: { name: string; message: string } };

const db = new GigDb();
let lost = false;
// The page shows the loss; this worker must not quietly reopen an empty database and fill it.
db.watchForLoss(() => {
  lost = true;
});

self.onmessage = async ({ data }: MessageEvent<PageRequest>) => {
  let reply: PageReply;
  try {
    if (lost) throw Object.assign(new Error('the device database was deleted'), { name: 'DatabaseClosedError' });
    reply = { id: data.id, summary: await applyPullBytes(db, data.bytes) };
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    // Named so the page words it (a full phone), however Dexie wrapped it.
    reply = { id: data.id, error: { name: isQuotaError(error) ? 'QuotaExceededError' : name, message } };
  }
  self.postMessage(reply);
};

self.postMessage('ready');
