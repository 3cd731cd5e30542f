/**
 * Storage loss (SYNC.md T13): the browser or the user can delete the app's IndexedDB while
 * it runs. The app notices at once, stops, and says how many unsent records went with it;
 * a restart downloads everything again from the server.
 */
import { createSignal } from 'solid-js';
import type { GigDb } from '../db/db';
import { observe } from '../db/live';
import { pendingCount } from '../db/outbox-view';

const [lost, setLost] = createSignal(false);
const [unsentAtLoss, setUnsentAtLoss] = createSignal(0);
export { lost as storageLost, unsentAtLoss };

export function watchStorage(db: GigDb): void {
  // The count is kept current while the data exists, so it is known when the data is gone.
  const counting = observe(
    () => pendingCount(db),
    (n) => setUnsentAtLoss(n),
    () => {},
  );
  db.watchForLoss(() => {
    counting.unsubscribe();
    setLost(true);
  });
}
