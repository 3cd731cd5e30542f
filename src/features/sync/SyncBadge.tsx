/** Always-visible sync truth: online or not, how many changes wait, last sync, errors. */
import { A } from '@solidjs/router';
import { createEffect, createSignal, on, onCleanup, onMount, Show } from 'solid-js';
import { t } from '../../i18n';
import { formatTime } from '../../ui/format';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { outboxCounts, useSyncView } from './sync.repo';

export function SyncBadge() {
  const { db, scheduler } = useServices();
  const counts = createLiveQuery(
    () => null,
    () => outboxCounts(db),
    { pending: 0, rejected: 0 },
  );
  const sync = useSyncView(db);
  // The sentence for a failed sync; the table of every error's words (src/ui/errors.ts)
  // loads only when there is one, so the first bundle does not carry it.
  const [problem, setProblem] = createSignal<string>();
  createEffect(
    on(
      () => sync().lastErrorCode,
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
          : counts().pending > 0
            ? t('sync.pending', { n: counts().pending })
            : t('sync.allSent')}
      </span>
      <Show when={counts().pending > 0 && sync().waitingForLogin}>
        <span class="sep">·</span>
        <span class="warn" data-testid="sync-waiting-login">
          {t('sync.waitingLogin')}
        </span>
      </Show>
      <Show when={counts().rejected > 0}>
        <span class="sep">·</span>
        <span class="warn">{t('sync.rejected', { n: counts().rejected })}</span>
      </Show>
      <span class="sync-time" data-testid="sync-last">
        {sync().lastSyncAt ? t('sync.last', { time: formatTime(sync().lastSyncAt!) }) : t('sync.never')}
      </span>
      <Show when={sync().lastErrorCode && problem() && status().online}>
        <span class="sync-error" data-testid="sync-error">
          {t('sync.error', { message: problem()! })}
        </span>
      </Show>
    </A>
  );
}
