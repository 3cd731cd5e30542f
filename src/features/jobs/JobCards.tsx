/** A list of job cards with a "显示更多" button: the nearby list, search results, recommendations. */
import { For, Show } from 'solid-js';
import { useServices } from '../../ui/services';
import type { Job } from '../../core/records';
import { recordKey } from '../../core/record-terms';
import { t } from '../../i18n';
import { createLiveQuery, createPendingKeys } from '../../ui/live';
import { placeChoice } from '../place';
import { JobCard } from './JobCard';

export interface JobRow {
  job: Job;
  /** Ranking reasons, already worded. */
  because?: string;
}

export function JobCards(props: { rows: JobRow[]; testId: string; more?: boolean; onMore?: () => void }) {
  const { db } = useServices();
  const pending = createPendingKeys(db);
  // Cards name the city too unless every job here is from the one county the phone follows.
  const withCity = createLiveQuery(
    () => null,
    async () => (await placeChoice(db)).counties.length !== 1,
    false,
  );
  return (
    <>
      <ul class="cards" data-testid={props.testId}>
        <For each={props.rows}>
          {(row) => (
            <JobCard
              job={row.job}
              pending={pending().has(recordKey('job', row.job.id))}
              because={row.because}
              withCity={withCity()}
            />
          )}
        </For>
      </ul>
      <Show when={props.more}>
        <button type="button" class="button wide" onClick={() => props.onMore?.()}>
          {t('jobs.more')}
        </button>
      </Show>
    </>
  );
}
