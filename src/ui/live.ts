/** A Solid signal fed by a Dexie live query; re-subscribes when `deps` change. */
import { type Accessor, createEffect, createSignal, on, onCleanup } from 'solid-js';
import type { GigDb } from '../db/db';
import { observe } from '../db/live';
import { pendingRecordKeys } from '../db/outbox-view';

export function createLiveQuery<D, T>(deps: () => D, query: (deps: D) => Promise<T>, initial: T): Accessor<T> {
  const [value, setValue] = createSignal<T>(initial);
  createEffect(
    on(deps, (current) => {
      const subscription = observe(
        () => query(current),
        (next) => setValue(() => next),
        (error) => console.error('[live query]', error),
      );
      onCleanup(() => subscription.unsubscribe());
    }),
  );
  return value;
}

/** The keys (`kind:id`) of records with writes still waiting on this phone, live: "仅保存在本机". */
export function createPendingKeys(db: GigDb): Accessor<ReadonlySet<string>> {
  return createLiveQuery(
    () => null,
    () => pendingRecordKeys(db),
    new Set<string>() as ReadonlySet<string>,
  );
}
