/**
 * The MapLibre map. This module (with maplibre-gl, pmtiles and MapLibre's CSS) is its own
 * chunk, loaded only when the 驿站 tab shows a map on a phone that can draw one.
 * Any failure to create or keep the GL context is reported through `onFail`, and the
 * page shows the list instead: never a blank screen.
 */
import maplibregl, { type GeoJSONSource } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { PMTiles, Protocol } from 'pmtiles';
import type { FeatureCollection } from 'geojson';
import { createEffect, createSignal, on, onCleanup, onMount } from 'solid-js';
import { circleRing, type LatLon, reachMeters, SERVICE_CIRCLE_MINUTES } from '../../../core/geo';
import { STATION_KINDS, type Job, type Station } from '../../../core/records';
import { t } from '../strings';
import { CachedArchive } from './basemap';
import { ICON_PIXEL_RATIO, kindIcon } from './icons';
import { boundsOf, jobFeatures, positionFeatures, ringFeatures, stationFeatures } from './layers';
import {
  BASEMAP_LAYERS,
  BASEMAP_SOURCE,
  basemapSource,
  FIRST_OVERLAY_LAYER,
  JOB_CLUSTER_LAYER,
  JOB_POINT_LAYER,
  mapStyle,
  STATION_LAYER,
} from './style';

export interface MapViewProps {
  stations: Station[];
  jobs: Job[];
  position: LatLon | null;
  /** The downloaded basemap's URL, or null to draw on the neutral background. */
  basemapUrl: string | null;
  onStation(id: string): void;
  onJob(id: string): void;
  onFail(error: unknown): void;
}

/** Labels use the phone's CJK font, drawn locally: no glyph server (MAPS.md §1.2). */
const LABEL_FONTS = '"PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';

/**
 * MapLibre's own words (its buttons' titles, the map's name for screen readers) in the app's
 * language, read when the map is made: the 驿站 tab makes it afresh when shown again.
 */
const controlWords = () => ({
  'Map.Title': t('map.title'),
  'NavigationControl.ZoomIn': t('map.zoomIn'),
  'NavigationControl.ZoomOut': t('map.zoomOut'),
  'NavigationControl.ResetBearing': t('map.resetBearing'),
  'AttributionControl.ToggleAttribution': t('map.attribution'),
  'AttributionControl.MapFeedback': t('map.feedback'),
});

let protocol: Protocol | null = null;
function pmtiles(): Protocol {
  if (!protocol) {
    protocol = new Protocol();
    maplibregl.addProtocol('pmtiles', protocol.tile);
  }
  return protocol;
}

/** The e-bike 15-minute ring's box: the area worth seeing around the user. */
function surroundings(at: LatLon) {
  return boundsOf(
    circleRing(at, reachMeters(SERVICE_CIRCLE_MINUTES, 'ebike'), 16).map(([lon, lat]) => ({ lat, lon })),
  )!;
}

export default function MapView(props: MapViewProps) {
  let container!: HTMLDivElement;
  const [map, setMap] = createSignal<maplibregl.Map | null>(null);
  // The first data and camera go into the constructor, so the first frame is already the right one.
  const initial = { stations: props.stations, jobs: props.jobs, position: props.position };
  const initialBounds = initial.position ? surroundings(initial.position) : boundsOf(initial.stations);

  onMount(() => {
    let created: maplibregl.Map;
    try {
      created = new maplibregl.Map({
        container,
        style: mapStyle({
          stations: stationFeatures(initial.stations),
          jobs: jobFeatures(initial.jobs),
          me: positionFeatures(initial.position),
          rings: ringFeatures(initial.position),
        }),
        ...(initialBounds
          ? { bounds: initialBounds, fitBoundsOptions: { padding: 48, maxZoom: 13 } }
          : { center: [104, 35], zoom: 3 }),
        localIdeographFontFamily: LABEL_FONTS,
        locale: controlWords(),
        attributionControl: { compact: true },
        dragRotate: false,
        pitchWithRotate: false,
        maxPitch: 0,
      });
    } catch (error) {
      props.onFail(error);
      return;
    }
    // Exposed for the e2e checks and for debugging from the console.
    Object.assign(container, { map: created });
    created.touchZoomRotate.disableRotation();
    created.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    created.on('webglcontextlost', () => props.onFail(new Error('WebGL context lost')));
    created.on('error', (event) => console.warn('[map]', event.error?.message));
    created.on('load', () => {
      performance.mark('map-style-loaded');
      setMap(created);
      created.once('idle', () => {
        performance.mark('map-first-render');
        container.dataset.state = 'ready';
      });
    });
    // Icons are made before the first frame; the style asks for them by kind.
    for (const kind of STATION_KINDS)
      created.addImage(`kind-${kind}`, kindIcon(kind), { pixelRatio: ICON_PIXEL_RATIO });
    created.on('click', STATION_LAYER, (e) => {
      const id = e.features?.[0]?.properties?.id;
      if (id) props.onStation(String(id));
    });
    created.on('click', JOB_POINT_LAYER, (e) => {
      const id = e.features?.[0]?.properties?.id;
      if (id) props.onJob(String(id));
    });
    created.on('click', JOB_CLUSTER_LAYER, async (e) => {
      const feature = e.features?.[0];
      if (feature?.geometry.type !== 'Point') return;
      const zoom = await source(created, 'jobs').getClusterExpansionZoom(Number(feature.properties?.cluster_id));
      created.easeTo({ center: feature.geometry.coordinates as [number, number], zoom });
    });
    onCleanup(() => created.remove());
  });

  const source = (m: maplibregl.Map, id: string) => m.getSource(id) as GeoJSONSource;

  /** Re-send a source's data when its input changes; the constructor already sent the first. */
  function feed<T>(id: string, input: () => T, build: (value: T) => FeatureCollection, first: T) {
    let sent = first;
    createEffect(() => {
      const m = map();
      const value = input();
      if (!m || value === sent) return;
      sent = value;
      source(m, id).setData(build(value));
    });
  }
  feed('stations', () => props.stations, stationFeatures, initial.stations);
  feed('jobs', () => props.jobs, jobFeatures, initial.jobs);
  feed('me', () => props.position, positionFeatures, initial.position);
  feed('rings', () => props.position, ringFeatures, initial.position);

  createEffect(() => {
    const m = map();
    const url = props.basemapUrl;
    if (!m || !url || m.getSource(BASEMAP_SOURCE)) return;
    pmtiles().add(new PMTiles(new CachedArchive(url)));
    m.addSource(BASEMAP_SOURCE, basemapSource(url));
    for (const layer of BASEMAP_LAYERS) m.addLayer(layer, FIRST_OVERLAY_LAYER);
  });

  // Frame the stations if they arrive after the map (first sync); frame the user's surroundings on each new fix.
  let framed = initialBounds !== null;
  createEffect(() => {
    const m = map();
    const bounds = boundsOf(props.stations);
    if (!m || framed || !bounds || props.position) return;
    framed = true;
    m.fitBounds(bounds, { padding: 48, maxZoom: 13, animate: false });
  });
  createEffect(
    on([map, () => props.position], ([m, at]) => {
      if (m && at && at !== initial.position) m.fitBounds(surroundings(at), { padding: 24 });
    }),
  );

  return <div ref={container} class="map" data-testid="map" data-state="loading" />;
}
