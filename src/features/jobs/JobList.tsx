/** 找活: open jobs on this device, newest first, in pages of 30. */
import { createSignal, For, Show } from 'solid-js';
import { db } from '../../app/services';
import { recordKey } from '../../db/db';
import { t } from '../../i18n';
import { createLiveQuery } from '../../ui/live';
import { pendingRecordKeys } from '../sync/sync.repo';
import { JobCard } from './JobCard';
import { recentOpenJobs } from './jobs.repo';

const PAGE = 30;

export default function JobList() {
  const [limit, setLimit] = createSignal(PAGE);
  const page = createLiveQuery(limit, (n) => recentOpenJobs(db, n), null);
  const pending = createLiveQuery(() => null, () => pendingRecordKeys(db), new Set<string>());

  return (
    <section class="page">
      <h2 class="page-title">{t('jobs.title')}</h2>
      <Show when={page()} fallback={<p class="muted">{t('jobs.loading')}</p>}>
        {(current) => (
          <Show when={current().total > 0} fallback={<p class="empty">{t('jobs.empty')}</p>}>
            <p class="muted" data-testid="job-count">
              {t('jobs.count', { n: current().total })}
            </p>
            <ul class="cards" data-testid="job-list">
              <For each={current().jobs}>
                {(job) => <JobCard job={job} pending={pending().has(recordKey('job', job.id))} />}
              </For>
            </ul>
            <Show when={current().jobs.length < current().total}>
              <button type="button" class="button wide" onClick={() => setLimit(limit() + PAGE)}>
                {t('jobs.more')}
              </button>
            </Show>
          </Show>
        )}
      </Show>
    </section>
  );
}
