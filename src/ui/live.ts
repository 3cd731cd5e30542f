/** A Solid signal fed by a Dexie live query; re-subscribes when `deps` change. */
import { type Accessor, batch, createEffect, createSignal, on, onCleanup } from 'solid-js';
import type { GigDb } from '../db/db';
import { observe } from '../db/live';
import { pendingRecordKeys } from '../db/outbox-view';

/** The query's latest answer (`initial` before the first). */
export type LiveQuery<T> = Accessor<T> & {
  /** False until the database first answers: a screen says "正在读取…" then, not "nothing here". */
  answered: Accessor<boolean>;
};

export function createLiveQuery<D, T>(deps: () => D, query: (deps: D) => Promise<T>, initial: T): LiveQuery<T> {
  const [value, setValue] = createSignal<T>(initial);
  const [answered, setAnswered] = createSignal(false);
  createEffect(
    on(deps, (current) => {
      const subscription = observe(
        () => query(current),
        (next) =>
          batch(() => {
            setValue(() => next);
            setAnswered(true);
          }),
        (error) => console.error('[live query]', error),
      );
      onCleanup(() => subscription.unsubscribe());
    }),
  );
  return Object.assign(value, { answered });
}

/** The keys (`kind:id`) of records with writes still waiting on this phone, live: "仅保存在本机". */
export function createPendingKeys(db: GigDb): Accessor<ReadonlySet<string>> {
  return createLiveQuery(
    () => null,
    () => pendingRecordKeys(db),
    new Set<string>() as ReadonlySet<string>,
  );
}
