/**
 * The flat job format of the search benchmark and CLI (one JSON object a line), read into the
 * engine's documents. Extra fields (the generator's labels) are ignored.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { MatchDoc } from '../workers/match/types';

export interface FlatJob {
  id: string;
  title: string;
  category: string;
  description: string;
  skills: string[];
  employer: string;
  province: string;
  city: string;
  county: string;
  town: string;
  village: string;
  lat: number;
  lon: number;
  wage_min: number;
  wage_max: number;
  pay_period: 'daily' | 'monthly';
  posted_date: string;
}

/** A corpus dates its jobs by day: each distinct date is parsed once. */
const parsedDates = new Map<string, number>();
function parseDate(date: string): number {
  let ms = parsedDates.get(date);
  if (ms === undefined) {
    ms = Date.parse(date);
    parsedDates.set(date, ms);
  }
  return ms;
}

export function docFromFlatJob(j: FlatJob): MatchDoc {
  return {
    id: String(j.id),
    title: j.title ?? '',
    occupation: j.category,
    description: j.description,
    skills: Array.isArray(j.skills) ? j.skills : [],
    employer: j.employer,
    place: { province: j.province, city: j.city, county: j.county, town: j.town, village: j.village },
    lat: j.lat,
    lon: j.lon,
    wageMin: j.wage_min,
    wageMax: j.wage_max,
    // The format's wage is per pay period: a daily job's wage is per day.
    wageUnit: j.pay_period === 'daily' ? 'day' : j.pay_period === 'monthly' ? 'month' : undefined,
    payPeriod: j.pay_period,
    postedAt: j.posted_date ? parseDate(j.posted_date) : undefined,
  };
}

export async function* readJsonl<T>(path: string): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line.trim()) yield JSON.parse(line) as T;
}
