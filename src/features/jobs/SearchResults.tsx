/** Ranked jobs for what was typed and the filters, each with why it ranks there. */
import { createEffect, createSignal, on, Show } from 'solid-js';
import { useServices } from '../../ui/services';
import type { Job } from '../../core/records';
import type { ExplainedSearch, Worded } from '../../../workers/match.worker';
import { lang, t } from '../../i18n';
import { position } from '../../ui/geolocation';
import { type JobFilters, matchWorker, toSearchOptions } from '../search';
import { JobCards } from './JobCards';
import { jobsByIds } from './jobs.repo';

const PAGE = 30;

interface Results {
  /** The query these results answer (the box may already say more). */
  query: string;
  rows: { job: Job; because: Worded }[];
  more: boolean;
  /** Jobs that answer the query. */
  total: number;
  /** How the query was read ("按拼音 … 理解为 …"), or what it may have meant ("没找到…，你是不是要找…"). */
  reading?: ExplainedSearch['reading'];
  didYouMean?: ExplainedSearch['didYouMean'];
}

/** The line above the results: what nothing close was found for and what it may have meant, or how the query was read. */
function readingNote(r: Results): string | undefined {
  if (r.didYouMean) return t('search.didYouMean', { query: r.query.trim(), name: r.didYouMean.name[lang()] });
  if (r.reading) return t(`search.read.${r.reading.how}`, { typed: r.reading.typed, as: r.reading.as });
  return undefined;
}

export function SearchResults(props: { query: string; filters: JobFilters }) {
  const { db } = useServices();
  const [limit, setLimit] = createSignal(PAGE);
  const [results, setResults] = createSignal<Results | null>(null);
  const [failed, setFailed] = createSignal(false);
  let latest = 0;

  createEffect(
    on(
      () => [props.query, props.filters, limit(), position()] as const,
      async ([query, filters, k, here]) => {
        const ticket = ++latest;
        try {
          // One more than shown tells whether a "显示更多" button is needed.
          const { hits, total, reading, didYouMean } = await (await matchWorker()).search(
            query,
            toSearchOptions(filters, here, k + 1),
          );
          const jobs = new Map(
            (
              await jobsByIds(
                db,
                hits.map((h) => h.id),
              )
            ).map((j) => [j.id, j]),
          );
          if (ticket !== latest) return; // a newer query already answered
          const rows = hits.slice(0, k).flatMap((h) => {
            const job = jobs.get(h.id);
            return job ? [{ job, because: h.because }] : [];
          });
          setResults({ query, rows, more: hits.length > k, total, reading, didYouMean });
          setFailed(false);
        } catch (error) {
          console.error('[search]', error);
          if (ticket === latest) setFailed(true);
        }
      },
    ),
  );

  return (
    <Show when={!failed()} fallback={<p class="notice warn">{t('search.failed')}</p>}>
      <Show when={results()} fallback={<p class="muted">{t('search.searching')}</p>}>
        {(current) => (
          <Show
            when={current().rows.length > 0}
            fallback={<p class="empty">{readingNote(current()) ?? t('search.none')}</p>}
          >
            <Show when={readingNote(current())}>
              {(note) => (
                <p class={current().didYouMean ? 'notice' : 'muted'} data-testid="search-reading">
                  {note()}
                </p>
              )}
            </Show>
            <Show when={props.query.trim() && current().total > 0}>
              <p class="muted" data-testid="search-count">
                {t('search.count', { n: current().total })}
              </p>
            </Show>
            <JobCards
              rows={current().rows.map((row) => ({ job: row.job, because: row.because[lang()] }))}
              testId="search-results"
              more={current().more}
              onMore={() => setLimit(limit() + PAGE)}
            />
          </Show>
        )}
      </Show>
    </Show>
  );
}
