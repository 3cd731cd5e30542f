/** A Solid signal fed by a Dexie live query; re-subscribes when `deps` change. */
import { type Accessor, batch, createEffect, createRoot, createSignal, on, onCleanup } from 'solid-js';
import type { GigDb } from '../db/db';
import { observe } from '../db/live';
import { pendingRecordKeys } from '../db/outbox-view';

/** The query's latest answer (`initial` before the first). */
export type LiveQuery<T> = Accessor<T> & {
  /** False until the database first answers: a screen says "正在读取…" then, not "nothing here". */
  answered: Accessor<boolean>;
};

/**
 * Dexie re-runs a query whenever a table it read changes, and the first pull changes them page
 * after page: an answer equal to the last one is dropped, so nothing that shows it (or queries
 * with it) runs again.
 */
export function sameAnswer(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameAnswer(item, other[i]));
  }
  if (a instanceof Set)
    return a.size === (b as Set<unknown>).size && [...a].every((item) => (b as Set<unknown>).has(item));
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (Object.getPrototypeOf(a) !== Object.prototype) return false; // a Map, a Blob…: taken as changed
  const keys = Object.keys(a);
  const record = a as Record<string, unknown>;
  const otherRecord = b as Record<string, unknown>;
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => k in otherRecord && sameAnswer(record[k], otherRecord[k]))
  );
}

export function createLiveQuery<D, T>(deps: () => D, query: (deps: D) => Promise<T>, initial: T): LiveQuery<T> {
  const [value, setValue] = createSignal<T>(initial);
  const [answered, setAnswered] = createSignal(false);
  createEffect(
    on(deps, (current) => {
      const subscription = observe(
        () => query(current),
        (next) =>
          batch(() => {
            if (!answered() || !sameAnswer(value(), next)) setValue(() => next);
            setAnswered(true);
          }),
        (error) => console.error('[live query]', error),
      );
      onCleanup(() => subscription.unsubscribe());
    }),
  );
  return Object.assign(value, { answered });
}

/**
 * One live query for every component on screen that shows part of its answer (the sync badge
 * and the download progress read one sync state): it runs once per change, not once per
 * reader. Call the returned function inside a component; the query stops with its last reader.
 */
export function shareLiveQuery<T>(query: (db: GigDb) => Promise<T>, initial: T): (db: GigDb) => LiveQuery<T> {
  const running = new WeakMap<GigDb, { answer: LiveQuery<T>; readers: number; stop: () => void }>();
  return (db) => {
    let shared = running.get(db);
    if (!shared) {
      shared = createRoot((stop) => ({
        answer: createLiveQuery(
          () => null,
          () => query(db),
          initial,
        ),
        readers: 0,
        stop,
      }));
      running.set(db, shared);
    }
    const reading = shared;
    reading.readers += 1;
    onCleanup(() => {
      reading.readers -= 1;
      if (reading.readers > 0) return;
      reading.stop();
      running.delete(db);
    });
    return reading.answer;
  };
}

/** The keys (`kind:id`) of records with writes still waiting on this phone, live: "仅保存在本机". */
export function createPendingKeys(db: GigDb): Accessor<ReadonlySet<string>> {
  return createLiveQuery(
    () => null,
    () => pendingRecordKeys(db),
    new Set<string>() as ReadonlySet<string>,
  );
}
