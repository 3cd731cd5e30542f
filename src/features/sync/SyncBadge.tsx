/** Always-visible sync truth: online or not, how many changes wait, last sync, errors. */
import { A } from '@solidjs/router';
import { createEffect, createSignal, on, onCleanup, onMount, Show } from 'solid-js';
import { t } from '../../i18n';
import { formatTime } from '../../ui/format';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { syncSummary } from './sync.repo';

export function SyncBadge() {
  const { db, scheduler } = useServices();
  const summary = createLiveQuery(
    () => null,
    () => syncSummary(db),
    { pending: 0, rejected: 0, lastSyncAt: null, lastErrorCode: null, waitingForLogin: false },
  );
  // The sentence for a failed sync; the table of every error's words (src/ui/errors.ts)
  // loads only when there is one, so the first bundle does not carry it.
  const [problem, setProblem] = createSignal<string>();
  createEffect(
    on(
      () => summary().lastErrorCode,
      (code) => {
        if (!code) return setProblem(undefined);
        void import('../../ui/errors').then((m) => setProblem(m.errorText(code)));
      },
    ),
  );
  const [status, setStatus] = createSignal(scheduler.status());
  onMount(() => onCleanup(scheduler.subscribe(setStatus)));

  return (
    <A href="/me" class="sync-badge" data-testid="sync-badge" aria-live="polite">
      <span class={status().online ? 'dot dot-online' : 'dot dot-offline'} aria-hidden="true" />
      <span data-testid="sync-online">{status().online ? t('sync.online') : t('sync.offline')}</span>
      <span class="sep">·</span>
      <span data-testid="sync-pending">
        {status().syncing
          ? t('sync.syncing')
          : summary().pending > 0
            ? t('sync.pending', { n: summary().pending })
            : t('sync.allSent')}
      </span>
      <Show when={summary().pending > 0 && summary().waitingForLogin}>
        <span class="sep">·</span>
        <span class="warn" data-testid="sync-waiting-login">
          {t('sync.waitingLogin')}
        </span>
      </Show>
      <Show when={summary().rejected > 0}>
        <span class="sep">·</span>
        <span class="warn">{t('sync.rejected', { n: summary().rejected })}</span>
      </Show>
      <span class="sync-time" data-testid="sync-last">
        {summary().lastSyncAt ? t('sync.last', { time: formatTime(summary().lastSyncAt!) }) : t('sync.never')}
      </span>
      <Show when={summary().lastErrorCode && problem() && status().online}>
        <span class="sync-error" data-testid="sync-error">
          {t('sync.error', { message: problem()! })}
        </span>
      </Show>
    </A>
  );
}
