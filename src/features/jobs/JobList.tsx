/**
 * 找活: a search box and filters over the jobs on this device. With nothing typed or chosen
 * it lists open jobs nearest first (jobs.repo › nearbyOpenJobs); otherwise the match worker
 * ranks them. A new phone is first asked where its user is (features/place).
 */
import { useSearchParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { t } from '../../i18n';
import { elder } from '../../ui/elder';
import { position } from '../../ui/geolocation';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { type PlaceChoice, PlaceSetup, placeChoice } from '../place';
import { FilterBar, hasFilters, type JobFilters, NO_FILTERS, SearchBox } from '../search';
import { DownloadProgress } from '../sync';
import { JobCards } from './JobCards';
import { nearbyOpenJobs } from './jobs.repo';
import { Recommendations } from './Recommendations';
import { SearchResults } from './SearchResults';

const PAGE = 30;

function NearbyJobs(props: { place: PlaceChoice }) {
  const { db } = useServices();
  const [limit, setLimit] = createSignal(PAGE);
  const page = createLiveQuery(
    () => ({ n: limit(), position: position(), counties: props.place.nearFirst }),
    (near) => nearbyOpenJobs(db, near.n, near),
    null,
  );
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
  const { db } = useServices();
  const place = createLiveQuery(
    () => null,
    () => placeChoice(db),
    undefined,
  );
  // Other screens open the list searched for something: /?q=保洁员 (the interest quiz's suggestions).
  const [params] = useSearchParams<{ q?: string }>();
  const [query, setQuery] = createSignal(params.q ?? '');
  const [filters, setFilters] = createSignal<JobFilters>(NO_FILTERS);
  // 长辈模式 shows fewer choices: the search box and the nearest jobs, no filters or picks.
  const chosenFilters = () => (elder() ? NO_FILTERS : filters());
  const searching = () => query().trim() !== '' || hasFilters(chosenFilters());

  return (
    <section class="page" data-place={place() === undefined ? undefined : place()!.asking ? 'ask' : 'known'}>
      <h2 class="page-title">{t('jobs.title')}</h2>
      <DownloadProgress />
      <Show when={place()}>
        {(known) => (
          // Until the user says where they are there are no jobs to search: the question comes first.
          <Show when={!known().asking} fallback={<PlaceSetup />}>
            <SearchBox value={query()} onInput={setQuery} />
            <Show when={!elder()}>
              <FilterBar filters={filters()} change={(patch) => setFilters({ ...filters(), ...patch })} />
            </Show>
            <Show
              when={searching()}
              fallback={
                <>
                  <Show when={!elder()}>
                    <Recommendations />
                  </Show>
                  <NearbyJobs place={known()} />
                </>
              }
            >
              <SearchResults query={query()} filters={chosenFilters()} />
            </Show>
          </Show>
        )}
      </Show>
    </section>
  );
}
