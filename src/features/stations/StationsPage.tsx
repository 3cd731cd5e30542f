/**
 * 驿站 tab: the stations as a list first (the user's place first, nearest first once located,
 * open now, services, call and directions), with filters and "15-minute" rings; the map
 * (stations and jobs, no connection needed) only when asked for, and from then on on this
 * phone. Where WebGL is missing or the map fails, the map view is an SVG sketch.
 */
import { useNavigate } from '@solidjs/router';
import { type Component, createEffect, createMemo, createSignal, For, onCleanup, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { DETOUR_FACTOR, matchesStation, SERVICE_CIRCLE_MINUTES, SPEED_KMH } from '../../core/geo';
import { useServices } from '../../ui/services';
import { t } from './strings';
import { createLiveQuery } from '../../ui/live';
import { denied, position, requestPosition } from '../../ui/geolocation';
import { createMapJobs } from './map-jobs';
import { BASEMAP_URL, storedBasemapBytes } from './map/basemap';
import { BasemapBar } from './map/BasemapBar';
import type { MapViewProps } from './map/MapView';
import { PointMap } from './map/PointMap';
import { hasWebGL } from './map/webgl';
import { createNearby } from './nearby';
import { StationFilters } from './StationFilters';
import { StationList } from './StationList';
import { setView, showJobs, stationFilter, type View, view } from './stations.store';
import { allStations, openJobs } from './stations.repo';

/** The list first: it costs nothing; the map is the second choice. */
const VIEWS: [View, 'map.viewList' | 'map.viewMap'][] = [
  ['list', 'map.viewList'],
  ['map', 'map.viewMap'],
];

const STATIONS_PER_PAGE = 20;

export default function StationsPage() {
  const { db } = useServices();
  const navigate = useNavigate();
  const stations = createLiveQuery(
    () => null,
    () => allStations(db),
    null,
  );
  const jobs = createLiveQuery(showJobs, (show) => (show ? openJobs(db) : Promise.resolve([])), []);

  // "Open now" changes with the clock, not with the data: re-check every minute.
  const [now, setNow] = createSignal(Date.now());
  const tick = setInterval(() => setNow(Date.now()), 60_000);
  onCleanup(() => clearInterval(tick));

  const shownStations = createMemo(() => (stations() ?? []).filter((s) => matchesStation(s, stationFilter(), now())));
  // Cards a page at a time: a province's phone may hold hundreds of stations, a cheap one draws twenty quickly.
  const [listed, setListed] = createSignal(STATIONS_PER_PAGE);
  const shownJobs = createMapJobs(jobs);
  const { ordered, ringCounts } = createNearby(shownStations, shownJobs, now);

  // The map is asked for, never assumed: WebGL is probed, and the map chunk (MapLibre) and the
  // basemap's size read, only once the map view is chosen, and only on a phone that can draw it.
  let webglProbed: boolean | undefined;
  const webgl = () => {
    webglProbed ??= hasWebGL();
    return webglProbed;
  };
  const [failed, setFailed] = createSignal(false);
  const [MapView, setMapView] = createSignal<Component<MapViewProps> | null>(null);
  const canMap = () => webgl() && !failed();
  const mapShown = () => view() === 'map' && canMap();
  const fail = (error: unknown) => {
    console.warn('[map] falling back to the list:', error);
    setFailed(true);
  };

  const [basemapBytes, setBasemapBytes] = createSignal<number | null>(null);
  const [locating, setLocating] = createSignal(false);
  const locate = async () => {
    setLocating(true);
    await requestPosition();
    setLocating(false);
  };

  let mapRequested = false;
  createEffect(() => {
    if (!mapShown() || mapRequested) return;
    mapRequested = true;
    if (BASEMAP_URL) void storedBasemapBytes(BASEMAP_URL).then(setBasemapBytes);
    import('./map/MapView')
      .then((m) => {
        performance.mark('map-chunk-loaded');
        setMapView(() => m.default);
      })
      .catch(fail);
  });

  return (
    <section class="page map-page" data-testid="map-page">
      <div class="map-bar">
        <h2 class="page-title">{t('stations.title')}</h2>
        <div class="segmented" role="group">
          <For each={VIEWS}>
            {([shown, label]) => (
              <button
                type="button"
                class={view() === shown ? 'toggle on' : 'toggle'}
                aria-pressed={view() === shown}
                data-testid={`view-${shown}`}
                onClick={() => setView(shown)}
              >
                {t(label)}
              </button>
            )}
          </For>
        </div>
      </div>
      <div class="map-actions">
        <button type="button" class="button" data-testid="locate" onClick={locate} disabled={locating()}>
          {locating() ? t('map.locating') : t('map.locate')}
        </button>
        <StationFilters />
      </div>
      <Show when={!position()}>
        <p class={denied() ? 'notice warn' : 'muted map-note'}>{t(denied() ? 'map.locateDenied' : 'map.privacy')}</p>
      </Show>

      <Show when={view() === 'map'}>
        <Show
          when={canMap()}
          fallback={
            <div data-testid="map-fallback">
              <p class="notice warn">{t(webgl() ? 'map.failed' : 'map.noWebgl')}</p>
              <PointMap stations={ordered()} from={position()} />
            </div>
          }
        >
          <Show when={MapView()} fallback={<div class="map map-loading">{t('map.loading')}</div>}>
            {(View) => (
              <Dynamic
                component={View()}
                stations={shownStations()}
                jobs={showJobs() ? shownJobs() : []}
                position={position()}
                basemapUrl={basemapBytes() !== null ? BASEMAP_URL : null}
                onStation={(id: string) => navigate(`/stations/${id}`)}
                onJob={(id: string) => navigate(`/jobs/${id}`)}
                onFail={fail}
              />
            )}
          </Show>
          <Show when={BASEMAP_URL}>
            {(url) => <BasemapBar url={url()} storedBytes={basemapBytes()} onStored={setBasemapBytes} />}
          </Show>
        </Show>
      </Show>

      <Show when={position()}>
        <p class="muted map-note" data-testid="estimate-note">
          <Show when={ringCounts()}>
            {(n) => (
              <>
                {t('map.withinRing', { minutes: SERVICE_CIRCLE_MINUTES, stations: n().stations, jobs: n().jobs })}
                <br />
              </>
            )}
          </Show>
          {t('map.estimateNote', {
            detour: DETOUR_FACTOR,
            walk: SPEED_KMH.walk,
            ebike: SPEED_KMH.ebike,
            minutes: SERVICE_CIRCLE_MINUTES,
          })}
        </p>
      </Show>

      <Show when={stations()} fallback={<p class="muted">{t('stations.loading')}</p>}>
        <Show when={(stations() ?? []).length > 0} fallback={<p class="empty">{t('stations.empty')}</p>}>
          <p class="muted" data-testid="station-count">
            {t('map.count', { n: ordered().length })}
          </p>
          <Show when={ordered().length > 0} fallback={<p class="empty">{t('map.noMatch')}</p>}>
            <StationList stations={ordered().slice(0, mapShown() ? 3 : listed())} from={position()} />
            <Show when={!mapShown() && ordered().length > listed()}>
              <button
                type="button"
                class="button wide"
                data-testid="stations-more"
                onClick={() => setListed((n) => n + STATIONS_PER_PAGE)}
              >
                {t('stations.more', { n: ordered().length - listed() })}
              </button>
            </Show>
          </Show>
        </Show>
      </Show>
    </section>
  );
}
