/**
 * 记工: the worker's days, newest first, with the summary for one boss and a date range
 * (still owed in big figures), 记一天 and "和上次一样，记今天" for quick entry, and the way
 * into a 求助 with the days attached. Read from the phone: works for weeks without signal.
 */
import { A } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { recordKey } from '../../core/records';
import { daysFor } from '../../core/worklog';
import { createPendingKeys } from '../../ui/live';
import { useServices } from '../../ui/services';
import { t } from './strings';
import { EmployerSelect, useMyDays } from './my-days';
import { employersOf } from './worklog.repo';
import WorklogSummary from './WorklogSummary';

export default function WorklogPage() {
  const { db } = useServices();
  const days = useMyDays();
  const pending = createPendingKeys(db);
  const [employer, setEmployer] = createSignal('');
  const [from, setFrom] = createSignal('');
  const [to, setTo] = createSignal('');
  const shown = createMemo(() => daysFor(days(), { employerName: employer(), from: from(), to: to() }));
  const askHref = () => {
    const boss = employer() || employersOf(shown())[0];
    return boss ? `/complaints/new?worklog=${encodeURIComponent(boss)}` : '/complaints/new';
  };
  return (
    <section class="page" data-testid="worklog">
      <A href="/rights" class="back">
        ‹ {t('rights.title')}
      </A>
      <h2 class="page-title">{t('worklog.title')}</h2>
      <p class="muted">{t('worklog.hint')}</p>
      <div class="worklog-actions">
        <A href="/worklog/new" class="button primary wide" data-testid="worklog-add">
          {t('worklog.add')}
        </A>
        <Show when={days().length > 0}>
          <A href="/worklog/new?same=1" class="button wide" data-testid="worklog-same">
            {t('worklog.sameAsYesterday')}
          </A>
        </Show>
      </div>
      <Show when={days().length > 0} fallback={<p class="empty">{t('worklog.empty')}</p>}>
        <div class="filter-selects worklog-filters">
          <EmployerSelect
            name="employer"
            label={t('worklog.filter.employer')}
            none={t('worklog.filter.allEmployers')}
            days={days()}
            value={employer()}
            onChange={setEmployer}
          />
          <label class="field">
            <span class="field-label">{t('worklog.filter.from')}</span>
            <input type="date" name="from" value={from()} onInput={(e) => setFrom(e.currentTarget.value)} />
          </label>
          <label class="field">
            <span class="field-label">{t('worklog.filter.to')}</span>
            <input type="date" name="to" value={to()} onInput={(e) => setTo(e.currentTarget.value)} />
          </label>
        </div>
        <WorklogSummary days={shown()} employerName={employer() || undefined} />
        <A href={askHref()} class="button wide" data-testid="worklog-ask">
          {t('worklog.ask')}
        </A>
        <ul class="cards" data-testid="workday-list">
          <For each={shown()}>
            {(day) => (
              <li class="card" data-testid="workday">
                <A href={`/worklog/${day.id}`} class="card-link">
                  <div class="card-row">
                    <strong>{day.date}</strong>
                    <span class="wage">{t(`worklog.rate.${day.wageUnit}`, { wage: day.wage })}</span>
                  </div>
                  <div>
                    {day.site} · {day.employerName} · {t('worklog.hoursValue', { hours: day.hours })}
                  </div>
                  <Show when={day.paid !== undefined}>
                    <div class="muted">
                      {t('worklog.paid')} {t('worklog.yuan', { sum: day.paid ?? 0 })}
                    </div>
                  </Show>
                  <Show when={pending().has(recordKey('workday', day.id))}>
                    <span class="chip chip-pending">{t('worklog.pending')}</span>
                  </Show>
                </A>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
