/** "正在下载本县岗位 312/855": shown on the job list while a sync brings pages of jobs. */
import { Show } from 'solid-js';
import { t } from '../../i18n';
import { useServices } from '../../ui/services';
import { useSyncView } from './sync.repo';

export function DownloadProgress() {
  const { db } = useServices();
  const sync = useSyncView(db);
  return (
    <Show when={sync().download}>
      {(now) => (
        <p class="muted" role="status" data-testid="download-progress">
          <progress max={now().total} value={now().done} />{' '}
          {t(now().oneCounty ? 'sync.downloadingCounty' : 'sync.downloading', { done: now().done, total: now().total })}
        </p>
      )}
    </Show>
  );
}
