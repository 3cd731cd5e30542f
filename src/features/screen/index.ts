/**
 * screen: 大屏, the station hall's TV or kiosk (rotating jobs, demand, today, policies), read
 * from the device's database so it runs offline. Loads on demand.
 */
import { lazy } from 'solid-js';

export const StationScreen = lazy(() => import('./StationScreen'));
