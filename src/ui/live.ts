/** A Solid signal fed by a Dexie live query; re-subscribes when `deps` change. */
import { type Accessor, createEffect, createSignal, on, onCleanup } from 'solid-js';
import { observe } from '../db/live';

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
