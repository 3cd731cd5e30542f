/** Station cards, nearest first when the position is known: the list view and the no-WebGL fallback. */
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { LatLon } from '../../core/geo';
import type { Station } from '../../core/records';
import { t } from './strings';
import { openText, stationOpenState, travelText } from './format';

export function StationList(props: { stations: Station[]; from: LatLon | null }) {
  return (
    <ul class="cards" data-testid="station-list">
      <For each={props.stations}>
        {(station) => {
          const open = () => stationOpenState(station).kind;
          return (
            <li class="card" data-testid="station-card" data-station-id={station.id}>
              <A href={`/stations/${station.id}`} class="card-link">
                <div class="card-row">
                  <h3 class="job-title">{station.name}</h3>
                  <span class={open() === 'closed' ? 'chip' : 'chip chip-ok'}>
                    {open() === 'closed' ? t('station.closed') : t('station.open')}
                  </span>
                </div>
                <p class="muted station-meta">
                  {station.kind} · {station.address}
                </p>
                <Show when={props.from}>
                  {(from) => (
                    <p class="station-travel" data-testid="station-travel">
                      {travelText(from(), station)}
                    </p>
                  )}
                </Show>
                <p class="station-meta">{openText(stationOpenState(station))}</p>
                <div class="chips">
                  <For each={station.services}>{(s) => <span class="chip">{t(`service.${s}`)}</span>}</For>
                </div>
              </A>
            </li>
          );
        }}
      </For>
    </ul>
  );
}
