/**
 * A 记工 summary: the date range, days, hours, what was agreed, paid and still owed, and
 * optionally every day. The 记工 page shows the worker's own; a 求助 page the snapshot it carries.
 */
import { For, Show } from 'solid-js';
import { agreedFor, type DayLine, summarize } from '../../core/worklog';
import { t } from './strings';

export default function WorklogSummary(props: { days: readonly DayLine[]; employerName?: string; lines?: boolean }) {
  const summary = () => summarize(props.days);
  const yuan = (sum: number) => t('worklog.yuan', { sum });
  const byDate = () => [...props.days].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section class="worklog-summary" data-testid="worklog-summary" aria-label={t('worklog.summary')}>
      <h3>{props.employerName ? `${t('worklog.summary')} · ${props.employerName}` : t('worklog.summary')}</h3>
      <Show when={summary().from}>
        <p class="muted">{t('worklog.range', { from: summary().from ?? '', to: summary().to ?? '' })}</p>
      </Show>
      <dl class="facts">
        <dt>{t('worklog.days')}</dt>
        <dd>{t('worklog.daysValue', { days: summary().days })}</dd>
        <dt>{t('worklog.hours')}</dt>
        <dd>{t('worklog.hoursValue', { hours: summary().hours })}</dd>
        <dt>{t('worklog.agreed')}</dt>
        <dd>{yuan(summary().agreed)}</dd>
        <dt>{t('worklog.paid')}</dt>
        <dd>{yuan(summary().paid)}</dd>
        <dt>{t('worklog.owed')}</dt>
        <dd class="owed" data-testid="worklog-owed">
          {yuan(summary().owed)}
        </dd>
      </dl>
      <Show when={props.lines}>
        <h4>{t('worklog.perDay')}</h4>
        <ul class="worklog-lines" data-testid="worklog-lines">
          <For each={byDate()}>
            {(day) => (
              <li>
                {t('worklog.line', { date: day.date, site: day.site, agreed: agreedFor(day), paid: day.paid ?? 0 })}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
