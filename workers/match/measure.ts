/** Units the ranking and the filters share: wages per day, distances in km. */
import type { WageUnit } from './types';

const WORKING_DAYS_PER_MONTH = 26;
const HOURS_PER_DAY = 8;

/** A wage per day, so 6,000 a month and 230 a day compare; piece rates have no fixed day. */
export function perDay(amount: number, unit: WageUnit | undefined): number | undefined {
  if (unit === 'day') return amount;
  if (unit === 'month') return amount / WORKING_DAYS_PER_MONTH;
  if (unit === 'hour') return amount * HOURS_PER_DAY;
  return undefined;
}

/** Great-circle distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(a));
}
