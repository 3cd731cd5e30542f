/**
 * The one bridge to the sync worker (workers/sync.worker.ts), which lands pull pages off the
 * main thread. Where a worker cannot start (no Worker, a script the browser refuses), pages
 * land in this thread instead: slower to the eye, never lost.
 */
import { applyPullBytes, type PageSummary } from '../db/apply';
import type { GigDb } from '../db/db';
import type { PageReply, PageRequest } from '../../workers/sync.worker';

type ApplyPage = (bytes: ArrayBuffer) => Promise<PageSummary | null>;

export function pageApplier(db: GigDb): ApplyPage {
  const inThread: ApplyPage = (bytes) => applyPullBytes(db, bytes);
  // A database in this tab's memory is out of a worker's reach.
  if (typeof Worker === 'undefined' || db.inMemory) return inThread;
  let worker: Worker;
  try {
    worker = new Worker(new URL('../../workers/sync.worker.ts', import.meta.url), { type: 'module', name: 'sync' });
  } catch {
    return inThread;
  }
  const waiting = new Map<
    number,
    {
      bytes: ArrayBuffer;
      resolve: (summary: Promise<PageSummary | null> | PageSummary | null) => void;
      reject: (error: Error) => void;
    }
  >();
  let broken = false;
  // Until its script has arrived and run, pages land here: on a slow line the first page of
  // jobs would otherwise wait for the worker's download.
  let ready = false;
  let nextId = 0;
  worker.onmessage = ({ data }: MessageEvent<PageReply | 'ready'>) => {
    if (data === 'ready') {
      ready = true;
      return;
    }
    const call = waiting.get(data.id);
    waiting.delete(data.id);
    if (!call) return;
    if (data.error) call.reject(Object.assign(new Error(data.error.message), { name: data.error.name }));
    else call.resolve(data.summary);
  };
  // The worker never started (or died): land what it was given here, and everything after.
  worker.onerror = (event) => {
    event.preventDefault();
    broken = true;
    worker.terminate();
    for (const call of waiting.values()) call.resolve(inThread(call.bytes));
    waiting.clear();
  };
  return (bytes) => {
    if (broken || !ready) return inThread(bytes);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { bytes, resolve, reject });
      // Copied, not transferred: the bytes stay here in case the worker fails.
      worker.postMessage({ id, bytes } satisfies PageRequest);
    });
  };
}
