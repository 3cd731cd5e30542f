/**
 * stations: the 驿站 tab (map or list, filters, distances) and a station's page. The tab
 * loads on demand, and the MapLibre map (map/MapView) only on a phone that can draw it.
 */
import { lazy } from 'solid-js';

export { allStations } from './stations.repo';
export const StationsPage = lazy(() => import('./StationsPage'));
export const StationPage = lazy(() => import('./StationPage'));
/** 修改驿站信息: the station's desk (or an admin) sets services, hours and phone. */
export const StationForm = lazy(() => import('./StationForm'));
