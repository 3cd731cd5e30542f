/**
 * The map style: nothing from the internet. No `glyphs` (MapLibre ≥5.24 draws every label
 * with the phone's own fonts), no `sprite` (station icons are drawn at runtime, icons.ts),
 * overlays from GeoJSON built out of IndexedDB. The basemap layers target the Protomaps
 * schema (earth, water, landuse, roads, places) so a deployment's own archive just works;
 * its `boundaries` layer is never drawn (MAPS.md §1.7).
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';

export const BASEMAP_SOURCE = 'basemap';
/** Basemap layers go under this one, so data always draws on top. */
export const FIRST_OVERLAY_LAYER = 'ring-fill';
/** Layers a tap can hit. */
export const STATION_LAYER = 'station-icons';
export const JOB_CLUSTER_LAYER = 'job-clusters';
export const JOB_POINT_LAYER = 'job-points';

export type OverlayData = Record<'rings' | 'jobs' | 'me' | 'stations', FeatureCollection>;

const geojson = (
  data: FeatureCollection,
  extra: Partial<GeoJSONSourceSpecification> = {},
): GeoJSONSourceSpecification => ({
  type: 'geojson',
  data,
  ...extra,
});

const INK = '#1d1d1f';
const HALO = 'rgba(255,255,255,0.9)';
const JOB = '#c25400';

/** The style with its overlays' first data, so the first frame needs no second pass. */
export function mapStyle(data: OverlayData): StyleSpecification {
  return {
    version: 8,
    sources: {
      rings: geojson(data.rings),
      jobs: geojson(data.jobs, { cluster: true, clusterRadius: 44, clusterMaxZoom: 14 }),
      me: geojson(data.me),
      stations: geojson(data.stations),
    },
    layers: [
      // Neutral paper: with no basemap the map is still readable, and it draws no boundaries.
      { id: 'background', type: 'background', paint: { 'background-color': '#eceae4' } },
      {
        id: 'ring-fill',
        type: 'fill',
        source: 'rings',
        paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.1 },
      },
      {
        id: 'ring-line',
        type: 'line',
        source: 'rings',
        paint: { 'line-color': ['get', 'color'], 'line-width': 2, 'line-dasharray': [3, 2] },
      },
      {
        id: 'ring-label',
        type: 'symbol',
        source: 'rings',
        layout: { 'symbol-placement': 'line', 'text-field': ['get', 'label'], 'text-size': 14 },
        paint: { 'text-color': ['get', 'color'], 'text-halo-color': HALO, 'text-halo-width': 2 },
      },
      {
        id: JOB_CLUSTER_LAYER,
        type: 'circle',
        source: 'jobs',
        filter: ['has', 'point_count'],
        paint: {
          'circle-color': JOB,
          'circle-opacity': 0.85,
          'circle-radius': ['step', ['get', 'point_count'], 14, 10, 18, 50, 24],
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 2,
        },
      },
      {
        id: 'job-cluster-count',
        type: 'symbol',
        source: 'jobs',
        filter: ['has', 'point_count'],
        layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-size': 14, 'text-allow-overlap': true },
        paint: { 'text-color': '#fff' },
      },
      {
        id: JOB_POINT_LAYER,
        type: 'circle',
        source: 'jobs',
        filter: ['!', ['has', 'point_count']],
        paint: { 'circle-color': JOB, 'circle-radius': 7, 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 },
      },
      {
        id: 'me-halo',
        type: 'circle',
        source: 'me',
        paint: { 'circle-color': '#1a73e8', 'circle-opacity': 0.2, 'circle-radius': 18 },
      },
      {
        id: 'me-dot',
        type: 'circle',
        source: 'me',
        paint: {
          'circle-color': '#1a73e8',
          'circle-radius': 7,
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 3,
        },
      },
      {
        id: STATION_LAYER,
        type: 'symbol',
        source: 'stations',
        layout: {
          'icon-image': ['concat', 'kind-', ['get', 'kind']],
          'icon-allow-overlap': true,
          'icon-anchor': 'bottom',
          'text-field': ['get', 'name'],
          'text-size': 14,
          'text-anchor': 'top',
          'text-offset': [0, 0.3],
          'text-optional': true,
          'text-max-width': 8,
        },
        paint: { 'text-color': INK, 'text-halo-color': HALO, 'text-halo-width': 2 },
      },
    ],
  };
}

export function basemapSource(url: string) {
  return { type: 'vector' as const, url: `pmtiles://${url}` };
}

/** Protomaps-schema layers; each is skipped silently where the archive lacks that source-layer. */
export const BASEMAP_LAYERS: LayerSpecification[] = [
  {
    id: 'base-earth',
    type: 'fill',
    source: BASEMAP_SOURCE,
    'source-layer': 'earth',
    paint: { 'fill-color': '#f6f4ee' },
  },
  {
    id: 'base-landuse',
    type: 'fill',
    source: BASEMAP_SOURCE,
    'source-layer': 'landuse',
    paint: { 'fill-color': '#e4eedc', 'fill-opacity': 0.7 },
  },
  {
    id: 'base-water',
    type: 'fill',
    source: BASEMAP_SOURCE,
    'source-layer': 'water',
    paint: { 'fill-color': '#b9d6ea' },
  },
  {
    id: 'base-graticule',
    type: 'line',
    source: BASEMAP_SOURCE,
    'source-layer': 'graticule',
    // Major lines (0.1°) from county scale, minor (0.02° ≈ 2 km) from town scale.
    filter: ['>=', ['zoom'], ['match', ['get', 'kind'], 'major', 8, 11]],
    paint: { 'line-color': '#d6d2c6', 'line-width': ['match', ['get', 'kind'], 'major', 1.2, 0.6] },
  },
  {
    id: 'base-roads',
    type: 'line',
    source: BASEMAP_SOURCE,
    'source-layer': 'roads',
    paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.5, 16, 6] },
  },
  {
    id: 'base-places',
    type: 'symbol',
    source: BASEMAP_SOURCE,
    'source-layer': 'places',
    filter: ['all', ['==', ['get', 'kind'], 'locality'], ['>=', ['zoom'], ['coalesce', ['get', 'min_zoom'], 0]]],
    layout: { 'text-field': ['get', 'name'], 'text-size': ['match', ['get', 'rank'], 1, 17, 14] },
    paint: { 'text-color': '#6b6b73', 'text-halo-color': HALO, 'text-halo-width': 2 },
  },
];
