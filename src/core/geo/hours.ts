/**
 * "Open now?" from a station's daily hours, read in the station's own local time. All
 * deployments are in China, which keeps one zone (UTC+8, no daylight saving), so the
 * answer does not depend on the phone's zone setting.
 */
import type { Station } from '../records';

export const CHINA_UTC_OFFSET_MINUTES = 8 * 60;

export type OpenState =
  | { kind: 'allDay' }
  | { kind: 'open'; closes: string }
  | { kind: 'closed'; opens: string }
  | { kind: 'unknown' };

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Minutes since local midnight at `now` in a zone `offsetMinutes` east of UTC. */
export function localMinuteOfDay(now: number, offsetMinutes = CHINA_UTC_OFFSET_MINUTES): number {
  const local = new Date(now + offsetMinutes * 60_000);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

/** Hours like "22:00-06:00" run past midnight: open from 22:00 until 06:00 the next day. */
export function openState(hours: Station['hours'], now: number, offsetMinutes = CHINA_UTC_OFFSET_MINUTES): OpenState {
  if (hours.allDay) return { kind: 'allDay' };
  if (!hours.daily) return { kind: 'unknown' };
  const [opens, closes] = hours.daily.split('-');
  const start = toMinutes(opens);
  const end = toMinutes(closes);
  const minute = localMinuteOfDay(now, offsetMinutes);
  const open = start <= end ? minute >= start && minute < end : minute >= start || minute < end;
  return open ? { kind: 'open', closes } : { kind: 'closed', opens };
}

export function isOpen(hours: Station['hours'], now: number): boolean {
  const state = openState(hours, now).kind;
  return state === 'allDay' || state === 'open';
}
