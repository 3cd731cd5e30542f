/** Filters in a fold-away panel: at 360 px fourteen chips would push the map off screen. */
import { For, type JSX } from 'solid-js';
import { FILTER_SERVICES, toggle } from '../../core/geo';
import { t } from './strings';
import { FilterBar } from '../search';
import {
  activeFilterCount,
  clearFilters,
  jobFilters,
  setJobFilters,
  setShowJobs,
  setStationFilter,
  showJobs,
  stationFilter,
} from './stations.store';

function Chip(props: { on: boolean; onClick: () => void; children: JSX.Element; name?: string }) {
  return (
    <button
      type="button"
      class={props.on ? 'toggle on' : 'toggle'}
      aria-pressed={props.on}
      data-filter={props.name}
      onClick={() => props.onClick()}
    >
      {props.children}
    </button>
  );
}

export function StationFilters() {
  const count = activeFilterCount;
  return (
    <details class="map-filters" data-testid="map-filters">
      <summary class="button">{count() > 0 ? t('map.filtersActive', { n: count() }) : t('map.filters')}</summary>
      <fieldset class="toggles">
        <legend>{t('map.stationServices')}</legend>
        <For each={FILTER_SERVICES}>
          {(service) => (
            <Chip
              name={service}
              on={stationFilter().services.includes(service)}
              onClick={() => setStationFilter((f) => ({ ...f, services: toggle(f.services, service) }))}
            >
              {t(`service.${service}`)}
            </Chip>
          )}
        </For>
        <Chip
          name="allDay"
          on={stationFilter().allDay}
          onClick={() => setStationFilter((f) => ({ ...f, allDay: !f.allDay }))}
        >
          {t('map.allDay')}
        </Chip>
        <Chip
          name="openNow"
          on={stationFilter().openNow}
          onClick={() => setStationFilter((f) => ({ ...f, openNow: !f.openNow }))}
        >
          {t('map.openNow')}
        </Chip>
      </fieldset>
      <fieldset class="toggles">
        <legend>{t('map.jobs')}</legend>
        <Chip name="showJobs" on={showJobs()} onClick={() => setShowJobs(!showJobs())}>
          {t('map.showJobs')}
        </Chip>
      </fieldset>
      {/* The job list's own filter bar, so jobs on the map are narrowed exactly as in 找活. */}
      <FilterBar filters={jobFilters()} change={(patch) => setJobFilters((f) => ({ ...f, ...patch }))} />
      <button type="button" class="button" onClick={clearFilters} disabled={count() === 0}>
        {t('map.clearFilters')}
      </button>
    </details>
  );
}
