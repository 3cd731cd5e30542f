/**
 * Honest travel-time estimates without a road network: straight-line distance times a
 * detour factor, at a typical speed per mode. The UI labels every figure "约" (about) and
 * says how it was computed; real isochrones would need a router China has no offline data for.
 */
import type { LatLon } from './distance';
import { distanceMeters } from './distance';

export const TRAVEL_MODES = ['walk', 'ebike'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

/** km/h: an unhurried adult on a village road; a 电动车 within the 25 km/h national cap, slowed by rural roads. */
export const SPEED_KMH: Record<TravelMode, number> = { walk: 4.5, ebike: 15 };

/**
 * Roads are longer than the straight line: 1.2–1.4 is the usual range in the literature
 * (MAPS.md §4). Hilly counties are worse; a deployment may pass its own.
 */
export const DETOUR_FACTOR = 1.3;

/** The "15-minute service circle" of the reports. */
export const SERVICE_CIRCLE_MINUTES = 15;

/** Estimated minutes along roads for a straight-line distance; never below 1. */
export function travelMinutes(straightMeters: number, mode: TravelMode, detour = DETOUR_FACTOR): number {
  const roadKm = (straightMeters * detour) / 1000;
  return Math.max(1, Math.round((roadKm / SPEED_KMH[mode]) * 60));
}

/** Straight-line radius reachable in `minutes`: what a ring on the map shows. */
export function reachMeters(minutes: number, mode: TravelMode, detour = DETOUR_FACTOR): number {
  return ((SPEED_KMH[mode] * minutes) / 60 / detour) * 1000;
}

export interface TravelEstimate {
  meters: number;
  walkMinutes: number;
  ebikeMinutes: number;
}

export function estimateTravel(from: LatLon, to: LatLon, detour = DETOUR_FACTOR): TravelEstimate {
  const meters = distanceMeters(from, to);
  return {
    meters,
    walkMinutes: travelMinutes(meters, 'walk', detour),
    ebikeMinutes: travelMinutes(meters, 'ebike', detour),
  };
}
