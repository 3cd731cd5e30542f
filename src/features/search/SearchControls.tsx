/** The search box and the filter bar above the job list. */
import { For, Show } from 'solid-js';
import { PAY_PERIODS } from '../../core/record-terms';
import { t } from '../../i18n';
import { denied, position, requestPosition } from '../../ui/geolocation';
import { DAILY_WAGE_CHOICES, DISTANCE_CHOICES, type JobFilters, POSTED_CHOICES } from './filters';

export function SearchBox(props: { value: string; onInput: (text: string) => void }) {
  return (
    <input
      type="search"
      class="search-box"
      data-testid="search-box"
      enterkeyhint="search"
      placeholder={t('search.placeholder')}
      aria-label={t('search.label')}
      value={props.value}
      onInput={(e) => props.onInput(e.currentTarget.value)}
    />
  );
}

/** `change` merges a patch into the filters (a plain signal: no store code in the first bundle). */
export function FilterBar(props: { filters: JobFilters; change: (patch: Partial<JobFilters>) => void }) {
  const togglePeriod = (period: JobFilters['payPeriods'][number]) => {
    const list = props.filters.payPeriods;
    props.change({ payPeriods: list.includes(period) ? list.filter((p) => p !== period) : [...list, period] });
  };

  const chooseDistance = async (km: number) => {
    if (km > 0 && !(await requestPosition())) return;
    props.change({ maxDistanceKm: km });
  };

  return (
    <div class="filters" data-testid="filters">
      <div class="chips">
        <For each={PAY_PERIODS}>
          {(period) => (
            <button
              type="button"
              class={props.filters.payPeriods.includes(period) ? 'toggle small on' : 'toggle small'}
              aria-pressed={props.filters.payPeriods.includes(period)}
              onClick={() => togglePeriod(period)}
            >
              {t(`pay.${period}`)}
            </button>
          )}
        </For>
        <button
          type="button"
          class={props.filters.verifiedOnly ? 'toggle small on' : 'toggle small'}
          aria-pressed={props.filters.verifiedOnly}
          onClick={() => props.change({ verifiedOnly: !props.filters.verifiedOnly })}
        >
          {t('search.verifiedOnly')}
        </button>
      </div>
      <div class="filter-selects">
        <label>
          <span>{t('search.distance')}</span>
          <select
            data-testid="filter-distance"
            value={props.filters.maxDistanceKm}
            onChange={(e) => void chooseDistance(Number(e.currentTarget.value))}
          >
            <For each={DISTANCE_CHOICES}>
              {(km) => <option value={km}>{km === 0 ? t('search.any') : t('search.withinKm', { km })}</option>}
            </For>
          </select>
        </label>
        <label>
          <span>{t('search.dailyWage')}</span>
          <select
            data-testid="filter-wage"
            value={props.filters.minDailyWage}
            onChange={(e) => props.change({ minDailyWage: Number(e.currentTarget.value) })}
          >
            <For each={DAILY_WAGE_CHOICES}>
              {(yuan) => <option value={yuan}>{yuan === 0 ? t('search.any') : t('search.atLeast', { yuan })}</option>}
            </For>
          </select>
        </label>
        <label>
          <span>{t('search.posted')}</span>
          <select
            data-testid="filter-posted"
            value={props.filters.postedWithinDays}
            onChange={(e) => props.change({ postedWithinDays: Number(e.currentTarget.value) })}
          >
            <For each={POSTED_CHOICES}>
              {(days) => (
                <option value={days}>{days === 0 ? t('search.any') : t('search.withinDays', { days })}</option>
              )}
            </For>
          </select>
        </label>
      </div>
      <Show when={denied() && !position()}>
        <p class="notice warn">{t('search.noPosition')}</p>
      </Show>
    </div>
  );
}
