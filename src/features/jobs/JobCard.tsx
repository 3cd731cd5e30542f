import { A } from '@solidjs/router';
import { For, type JSX, Show } from 'solid-js';
import type { Job } from '../../core/records';
import { placeLabel } from '../../core/regions/names';
import { t } from '../../i18n';
import { elder } from '../../ui/elder';
import { OccupationIcon } from '../occupations';
import { postedText, wageText } from './format';

/**
 * `because`: the ranking reasons, when the card is a search or recommendation result.
 * `withCity`: name the city too (the phone follows more than one county, or every county).
 * `children`: an action under the card's link (the desk's 推荐 on a person's page).
 */
export function JobCard(props: {
  job: Job;
  pending: boolean;
  because?: string;
  withCity?: boolean;
  children?: JSX.Element;
}) {
  return (
    <li class="card job-card" data-testid="job-card" data-job-id={props.job.id}>
      <A href={`/jobs/${props.job.id}`} class="card-link">
        <div class="card-row">
          <h3 class="job-title">
            <Show when={elder()}>
              <OccupationIcon code={props.job.occupationCode} />
            </Show>
            {props.job.title}
          </h3>
          <span class="wage">{wageText(props.job)}</span>
        </div>
        <div class="card-row muted">
          <span data-testid="job-place">{placeLabel(props.job.regionCode, { city: props.withCity })}</span>
          <span>{t(`pay.${props.job.payPeriod}`)}</span>
        </div>
        <Show when={props.because}>
          <p class="because" data-testid="because">
            {props.because}
          </p>
        </Show>
        <div class="chips">
          <Show when={props.job.verification.state === 'verified'}>
            <span class="chip chip-ok">{t('jobs.verified')}</span>
          </Show>
          <For each={props.job.benefits}>{(b) => <span class="chip">{t(`benefit.${b}`)}</span>}</For>
          <span class="chip chip-plain">{postedText(props.job.postedAt)}</span>
          <Show when={props.pending}>
            <span class="chip chip-pending" data-testid="local-only">
              {t('sync.localOnly')}
            </span>
          </Show>
        </div>
      </A>
      {props.children}
    </li>
  );
}
