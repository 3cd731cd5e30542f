import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { t } from '../i18n';
import { useServices } from '../ui/services';
import { registerServiceWorker } from './register-sw';

export function UpdatePrompt() {
  const { scheduler } = useServices();
  const [apply, setApply] = createSignal<(() => void) | null>(null);
  onMount(() => {
    const register = () => void registerServiceWorker((fn) => setApply(() => fn));
    if (!('serviceWorker' in navigator) || navigator.serviceWorker.controller) return register();
    // A first visit: installing the service worker downloads every screen's scripts (~2 MB),
    // which on a slow line would crawl beside the first sync. It waits until that sync ends
    // (or a minute has passed); a tab closed before then was of no use offline anyway.
    let syncing = false;
    let registered = false;
    const once = () => {
      if (registered) return;
      registered = true;
      register();
    };
    const unsubscribe = scheduler.subscribe((status) => {
      if (status.syncing) syncing = true;
      else if (syncing) once();
    });
    const fallback = setTimeout(once, 60_000);
    onCleanup(() => {
      unsubscribe();
      clearTimeout(fallback);
    });
  });
  return (
    <Show when={apply()}>
      <button type="button" class="update-prompt" data-testid="update-prompt" onClick={() => apply()?.()}>
        {t('update.available')}
      </button>
    </Show>
  );
}
