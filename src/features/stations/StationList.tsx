/**
 * Station cards, nearest first when the position is known: the 驿站 tab's first view (no map
 * needed) and the list under the map. Each card answers "is it open, what does it offer, how
 * far" and acts: call it, or hand it to the phone's map app; the name opens its page.
 */
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { LatLon } from '../../core/geo';
import type { Station } from '../../core/records';
import { t } from './strings';
import { openText, stationOpenState, travelText } from './format';
import { mapLinks } from './navigation';
import { ServiceChip } from './ServiceChip';

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
                  <For each={station.services}>{(s) => <ServiceChip service={s} />}</For>
                </div>
              </A>
              <div class="station-nav station-card-actions">
                <Show when={station.phone}>
                  {(phone) => (
                    <a class="button" href={`tel:${phone()}`} data-testid="station-card-call">
                      {t('stations.call')}
                    </a>
                  )}
                </Show>
                {/* The phone's own map app (Android's chooser; 高德 on iPhone): it routes with no connection. */}
                <a class="button" href={mapLinks(station, navigator.userAgent)[0].href} data-testid="station-card-nav">
                  {t('station.navigate')}
                </a>
              </div>
            </li>
          );
        }}
      </For>
    </ul>
  );
}
