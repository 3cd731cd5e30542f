/**
 * 找活: a search box and filters over the jobs on this device. With nothing typed or chosen
 * it lists open jobs newest first; otherwise the match worker ranks them.
 */
import { createSignal, Show } from 'solid-js';
import { useServices } from '../../ui/services';
import { t } from '../../i18n';
import { createLiveQuery } from '../../ui/live';
import { FilterBar, hasFilters, type JobFilters, NO_FILTERS, SearchBox } from '../search';
import { JobCards } from './JobCards';
import { recentOpenJobs } from './jobs.repo';
import { Recommendations } from './Recommendations';
import { SearchResults } from './SearchResults';

const PAGE = 30;

function RecentJobs() {
  const { db } = useServices();
  const [limit, setLimit] = createSignal(PAGE);
  const page = createLiveQuery(limit, (n) => recentOpenJobs(db, n), null);
  return (
    <Show when={page()} fallback={<p class="muted">{t('jobs.loading')}</p>}>
      {(current) => (
        <Show when={current().total > 0} fallback={<p class="empty">{t('jobs.empty')}</p>}>
          <p class="muted" data-testid="job-count">
            {t('jobs.count', { n: current().total })}
          </p>
          <JobCards
            rows={current().jobs.map((job) => ({ job }))}
            testId="job-list"
            more={current().jobs.length < current().total}
            onMore={() => setLimit(limit() + PAGE)}
          />
        </Show>
      )}
    </Show>
  );
}

export default function JobList() {
  const [query, setQuery] = createSignal('');
  const [filters, setFilters] = createSignal<JobFilters>(NO_FILTERS);
  const searching = () => query().trim() !== '' || hasFilters(filters());

  return (
    <section class="page">
      <h2 class="page-title">{t('jobs.title')}</h2>
      <SearchBox value={query()} onInput={setQuery} />
      <FilterBar filters={filters()} change={(patch) => setFilters({ ...filters(), ...patch })} />
      <Show
        when={searching()}
        fallback={
          <>
            <Recommendations />
            <RecentJobs />
          </>
        }
      >
        <SearchResults query={query()} filters={filters()} />
      </Show>
    </section>
  );
}
