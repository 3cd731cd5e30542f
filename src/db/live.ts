/** Live queries: Dexie re-runs the query whenever a table it read changes, in any tab. */
import { liveQuery } from 'dexie';

export interface Subscription {
  unsubscribe(): void;
}

export function observe<T>(
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): Subscription {
  return liveQuery(query).subscribe({ next: onValue, error: onError });
}
