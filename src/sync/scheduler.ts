/**
 * When to sync (SYNC.md §2.11): at start, when the browser comes back online, when the app
 * becomes visible, 2 s after a local write, every 5 minutes, and on demand (never while the
 * browser says it is offline). One tab syncs at a time (Web Locks); failures back off
 * exponentially with jitter, capped at 5 minutes.
 */
import type { SyncEngine } from './engine';

export const SYNC_INTERVAL_MS = 5 * 60_000;
export const WRITE_DEBOUNCE_MS = 2_000;
const MAX_BACKOFF_MS = 5 * 60_000;
const LOCK_NAME = 'gig-station-sync';

export interface SchedulerStatus {
  syncing: boolean;
  online: boolean;
}

type Listener = (status: SchedulerStatus) => void;

export class SyncScheduler {
  private running = false;
  private again = false;
  private failures = 0;
  private debounce?: ReturnType<typeof setTimeout>;
  private retry?: ReturnType<typeof setTimeout>;
  private interval?: ReturnType<typeof setInterval>;
  private readonly listeners = new Set<Listener>();
  private readonly cleanups: (() => void)[] = [];

  /** Only `syncOnce` is used, so the app can hand over an engine that is still loading. */
  constructor(private readonly engine: Pick<SyncEngine, 'syncOnce'>) {}

  status(): SchedulerStatus {
    return { syncing: this.running, online: navigator.onLine };
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.status());
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    const status = this.status();
    for (const listener of this.listeners) listener(status);
  }

  start(): void {
    const on = (target: EventTarget, type: string, handler: () => void) => {
      target.addEventListener(type, handler);
      this.cleanups.push(() => target.removeEventListener(type, handler));
    };
    on(window, 'online', () => {
      this.failures = 0;
      this.emit();
      void this.syncNow();
    });
    on(window, 'offline', () => this.emit());
    on(document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.syncNow();
    });
    this.interval = setInterval(() => void this.syncNow(), SYNC_INTERVAL_MS);
    void this.syncNow();
  }

  stop(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    clearInterval(this.interval);
    clearTimeout(this.debounce);
    clearTimeout(this.retry);
  }

  /** After a local write: wait a moment so a burst of edits goes in one push. */
  afterWrite(): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.syncNow(), WRITE_DEBOUNCE_MS);
  }

  async syncNow(): Promise<void> {
    // With no network there is nothing to send or fetch, so the engine is not even loaded: an
    // offline start leaves the CPU to the first screen, and coming back online syncs at once.
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    clearTimeout(this.retry);
    this.emit();
    try {
      await withLock(() => this.engine.syncOnce());
      this.failures = 0;
    } catch {
      // The engine recorded the error for the badge; try again later, further apart each time.
      this.failures += 1;
      const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** this.failures);
      this.retry = setTimeout(() => void this.syncNow(), backoff / 2 + Math.random() * (backoff / 2));
    } finally {
      this.running = false;
      this.emit();
    }
    if (this.again) {
      this.again = false;
      await this.syncNow();
    }
  }
}

function withLock<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && navigator.locks) {
    return navigator.locks.request(LOCK_NAME, work) as Promise<T>;
  }
  return work();
}
