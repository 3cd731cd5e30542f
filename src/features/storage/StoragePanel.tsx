/**
 * 手机存储 on 我的: how much the app uses, whether the browser may clear it (and a button to
 * ask it not to), and 清理旧岗位 when the quota runs low.
 */
import { createResource, createSignal, Show } from 'solid-js';
import { megabytes } from '../../ui/format';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { clearOldJobs, OLD_JOB_DAYS, oldJobCount, quotaLow, storageUse } from './storage.repo';
import { t } from './strings';

export default function StoragePanel() {
  const { db } = useServices();
  const [use, { refetch }] = createResource(storageUse);
  const oldJobs = createLiveQuery(
    () => null,
    () => oldJobCount(db),
    0,
  );
  const [cleared, setCleared] = createSignal<number | null>(null);
  const keep = async () => {
    await navigator.storage?.persist?.();
    await refetch();
  };
  const clear = async () => {
    setCleared(await clearOldJobs(db));
    await refetch();
  };
  return (
    <section class="card" data-testid="storage-panel" aria-labelledby="storage-title">
      <h3 id="storage-title">{t('storage.title')}</h3>
      <Show when={use()}>
        {(u) => (
          <>
            <p data-testid="storage-used">
              {u().usage === undefined
                ? t('storage.unknown')
                : u().quota
                  ? t('storage.used', { used: megabytes(u().usage ?? 0), quota: megabytes(u().quota ?? 0) })
                  : t('storage.usedOnly', { used: megabytes(u().usage ?? 0) })}
            </p>
            <Show when={u().persisted !== undefined}>
              <p data-testid="storage-persisted">{u().persisted ? t('storage.kept') : t('storage.mayClear')}</p>
            </Show>
            <Show when={u().persisted === false}>
              <button type="button" class="button wide" onClick={() => void keep()}>
                {t('storage.keep')}
              </button>
            </Show>
            <Show when={quotaLow(u())}>
              <p class="notice warn" data-testid="storage-low">
                {t('storage.low', { days: OLD_JOB_DAYS })}
              </p>
              <Show when={oldJobs() > 0} fallback={<p class="muted">{t('storage.nothingOld')}</p>}>
                <button
                  type="button"
                  class="button wide warn"
                  data-testid="clear-old-jobs"
                  onClick={() => void clear()}
                >
                  {t('storage.clearOld', { n: oldJobs() })}
                </button>
              </Show>
            </Show>
            <Show when={cleared() !== null}>
              <p class="notice" role="status">
                {t('storage.cleared', { n: cleared() ?? 0 })}
              </p>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
