import { createSignal, onMount, Show } from 'solid-js';
import { t } from '../i18n';
import { registerServiceWorker } from './register-sw';

export function UpdatePrompt() {
  const [apply, setApply] = createSignal<(() => void) | null>(null);
  onMount(() => void registerServiceWorker((fn) => setApply(() => fn)));
  return (
    <Show when={apply()}>
      <button type="button" class="update-prompt" data-testid="update-prompt" onClick={() => apply()?.()}>
        {t('update.available')}
      </button>
    </Show>
  );
}
