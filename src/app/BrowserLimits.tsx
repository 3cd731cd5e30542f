/**
 * What this browser cannot do, said once at the top (issue 15): without service workers the
 * app works only online; without IndexedDB it keeps everything in this tab's memory
 * (./device-db.ts), so leaving with unsent writes asks first instead of dropping them quietly.
 */
import { onCleanup, Show } from 'solid-js';
import { observe } from '../db/live';
import { pendingCount } from '../db/outbox-view';
import { t } from '../i18n';
import { useServices } from '../ui/services';

export function BrowserLimits() {
  const { db } = useServices();
  const noServiceWorker = !('serviceWorker' in navigator);
  if (db.inMemory) {
    let unsent = 0;
    const counting = observe(
      () => pendingCount(db),
      (n) => {
        unsent = n;
      },
      () => {},
    );
    const askFirst = (event: BeforeUnloadEvent) => {
      if (unsent === 0) return;
      event.preventDefault();
      event.returnValue = '';
    };
    addEventListener('beforeunload', askFirst);
    onCleanup(() => {
      counting.unsubscribe();
      removeEventListener('beforeunload', askFirst);
    });
  }
  return (
    <>
      <Show when={db.inMemory}>
        <p class="demo-banner" role="alert" data-testid="memory-mode">
          {t('limits.memory')}
        </p>
      </Show>
      <Show when={noServiceWorker && !db.inMemory}>
        <p class="demo-banner" role="note" data-testid="no-offline">
          {t('limits.noOffline')}
        </p>
      </Show>
    </>
  );
}
