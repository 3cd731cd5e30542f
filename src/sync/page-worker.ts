/**
 * The one bridge to the sync worker (workers/sync.worker.ts), which lands pull pages off the
 * main thread. The worker starts with the sync engine; a page that comes before its script is
 * up waits for it (at most WORKER_START_WAIT_MS), since a first visit's first page landed here
 * was the main thread's largest piece of database work (bench/RESULTS.md, "The first visit's
 * main thread"). Started only at the first page instead, that page always landed here, and its
 * long tasks came back.
 * Where a worker cannot start (no Worker, a script the browser refuses, a database in this
 * tab's memory), pages land here for good: slower to the eye, never lost.
 */
import type { PageReply, PageRequest } from '../../workers/sync.worker';
import { applyPullBytes, type PageSummary } from '../db/apply';
import type { GigDb } from '../db/db';

/** Past this a page lands here after all: a worker script still loading on a slow line should not hold the jobs back. */
const WORKER_START_WAIT_MS = 2_000;

type ApplyPage = (bytes: ArrayBuffer) => Promise<PageSummary | null>;

interface Call {
  bytes: ArrayBuffer;
  resolve: (summary: Promise<PageSummary | null> | PageSummary | null) => void;
  reject: (error: Error) => void;
}

export function pageApplier(db: GigDb): ApplyPage {
  const inThread: ApplyPage = (bytes) => applyPullBytes(db, bytes);
  // A database in this tab's memory is out of a worker's reach.
  let broken = typeof Worker === 'undefined' || db.inMemory;
  let worker: Worker | undefined;
  let ready = false;
  let nextId = 0;
  const waiting = new Map<number, Call>();
  let started: Promise<void> = Promise.resolve();

  const start = () => {
    try {
      worker = new Worker(new URL('../../workers/sync.worker.ts', import.meta.url), { type: 'module', name: 'sync' });
    } catch {
      broken = true;
      return;
    }
    let startedOrFailed = () => {};
    started = new Promise((resolve) => {
      startedOrFailed = resolve;
      setTimeout(resolve, WORKER_START_WAIT_MS);
    });
    worker.onmessage = ({ data }: MessageEvent<PageReply | 'ready'>) => {
      if (data === 'ready') {
        ready = true;
        startedOrFailed();
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
      startedOrFailed();
      worker?.terminate();
      for (const call of waiting.values()) call.resolve(inThread(call.bytes));
      waiting.clear();
    };
  };

  if (!broken) start();
  return async (bytes) => {
    if (!broken && !ready) await started;
    if (broken || !ready || !worker) return inThread(bytes);
    const id = nextId++;
    const running = worker;
    return new Promise((resolve, reject) => {
      waiting.set(id, { bytes, resolve, reject });
      // Copied, not transferred: the bytes stay here in case the worker fails.
      running.postMessage({ id, bytes } satisfies PageRequest);
    });
  };
}
