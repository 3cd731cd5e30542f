/** How distances, travel estimates and opening hours read in the UI. */
import { estimateTravel, type LatLon, type OpenState, openState } from '../../core/geo';
import type { Station } from '../../core/records';
import { t } from './strings';

/** "850 米" / "3.2 公里" / "27 公里": the precision a person can act on. */
export function distanceText(meters: number): string {
  if (meters < 1000) return t('map.meters', { n: Math.max(10, Math.round(meters / 10) * 10) });
  return t('map.km', { n: meters < 10_000 ? (meters / 1000).toFixed(1) : Math.round(meters / 1000) });
}

/** "直线 1.2 公里 · 步行约 21 分钟 · 电动车约 6 分钟" */
export function travelText(from: LatLon, to: LatLon): string {
  const e = estimateTravel(from, to);
  return [
    t('map.straight', { d: distanceText(e.meters) }),
    t('map.walk', { n: e.walkMinutes }),
    t('map.ebike', { n: e.ebikeMinutes }),
  ].join(' · ');
}

export function openText(state: OpenState): string {
  switch (state.kind) {
    case 'allDay':
      return t('station.allDay');
    case 'open':
      return t('station.openUntil', { time: state.closes });
    case 'closed':
      return t('station.closedUntil', { time: state.opens });
    default:
      return t('station.hoursUnknown');
  }
}

export const stationOpenState = (station: Station, now = Date.now()) => openState(station.hours, now);
