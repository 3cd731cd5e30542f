/** 驿站: every station on this device, with hours, services and a number to call. */
import { For, Show } from 'solid-js';
import { db } from '../../app/services';
import { t } from '../../i18n';
import { createLiveQuery } from '../../ui/live';
import { allStations } from './stations.repo';

export default function StationList() {
  const stations = createLiveQuery(() => null, () => allStations(db), null);
  return (
    <section class="page">
      <h2 class="page-title">{t('stations.title')}</h2>
      <Show when={stations()} fallback={<p class="muted">{t('jobs.loading')}</p>}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="empty">{t('stations.empty')}</p>}>
            <ul class="cards" data-testid="station-list">
              <For each={list()}>
                {(station) => (
                  <li class="card" data-testid="station-card">
                    <h3 class="job-title">{station.name}</h3>
                    <p class="muted">
                      {station.kind} · {station.address}
                    </p>
                    <p>
                      {station.hours.allDay
                        ? t('stations.allDay')
                        : t('stations.hours', { hours: station.hours.daily ?? '' })}
                    </p>
                    <div class="chips">
                      <For each={station.services}>{(s) => <span class="chip">{t(`service.${s}`)}</span>}</For>
                    </div>
                    <Show when={station.phone}>
                      <a class="button" href={`tel:${station.phone}`}>
                        {t('jobs.call')} {station.phone}
                      </a>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </section>
  );
}
