/** The blocking notice shown when the device database disappeared under the app. */
import { Show } from 'solid-js';
import { t } from '../i18n';
import { storageLost, unsentAtLoss } from './storage-loss';

export function StorageLost() {
  return (
    <Show when={storageLost()}>
      <div class="blocking" role="alertdialog" aria-modal="true" data-testid="storage-lost">
        <div class="blocking-card">
          <h2>{t('storage.lostTitle')}</h2>
          <p>{t('storage.lost')}</p>
          <Show when={unsentAtLoss() > 0}>
            <p class="notice warn" data-testid="storage-lost-unsent">
              {t('storage.lostUnsent', { n: unsentAtLoss() })}
            </p>
          </Show>
          <button
            type="button"
            class="button primary wide"
            data-testid="storage-restart"
            onClick={() => location.reload()}
          >
            {t('storage.restart')}
          </button>
        </div>
      </div>
    </Show>
  );
}
