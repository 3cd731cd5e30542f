/** Our stored records (src/core/records.ts) as the engine's documents. */
import { OCCUPATIONS, occupationByCode } from '../../src/core/occupations/index';
import type { Job, Seeker } from '../../src/core/records';
import { regionPath } from '../../src/core/regions/index';
import { classifyOccupation } from './concepts';
import type { MatchDoc, PlaceNames, SeekerDoc } from './types';

const LEVEL_BY_CODE_LENGTH: Record<number, keyof PlaceNames> = {
  2: 'province',
  4: 'city',
  6: 'county',
  9: 'town',
  12: 'village',
};

export function placeNames(regionCode: string): PlaceNames {
  const place: PlaceNames = {};
  for (const r of regionPath(regionCode)) {
    const level = LEVEL_BY_CODE_LENGTH[r.code.length];
    if (level) place[level] = r.name;
  }
  return place;
}

/** Only open jobs belong in the index; the caller removes the others by id. */
export const isSearchable = (job: Job): boolean => job.status === 'open' && !job.deleted;

export function docFromJob(job: Job): MatchDoc {
  return {
    id: job.id,
    title: job.title,
    occupation: occupationByCode(job.occupationCode)?.name,
    occupationCode: job.occupationCode,
    description: job.description,
    skills: job.skills,
    employer: job.employerName,
    place: placeNames(job.regionCode),
    lat: job.lat,
    lon: job.lon,
    wageMin: job.wageMin,
    wageMax: job.wageMax,
    wageUnit: job.wageUnit,
    payPeriod: job.payPeriod,
    perks: job.benefits,
    postedAt: job.postedAt,
    startDate: job.startDate,
    verified: job.verification.state === 'verified',
  };
}

/** Wishes may hold codes or words ('保洁', '洗碗'); words are read with the dictionary. */
function occupationCode(wish: string): string | undefined {
  if (occupationByCode(wish)) return wish;
  return OCCUPATIONS.find((o) => o.name === wish)?.code ?? classifyOccupation(wish);
}

export function docFromSeeker(seeker: Seeker): SeekerDoc {
  const place = placeNames(seeker.regionCode);
  if (seeker.village) place.village ??= seeker.village;
  return {
    id: seeker.id,
    name: seeker.name,
    occupations: seeker.wishes.occupations.map(occupationCode).filter((c): c is string => c !== undefined),
    skills: seeker.skills,
    place,
    lat: seeker.lat,
    lon: seeker.lon,
    minWage: seeker.wishes.minWage,
    wageUnit: seeker.wishes.wageUnit,
    maxDistanceKm: seeker.wishes.maxDistanceKm,
    payPeriods: seeker.wishes.payPeriods,
    availableFrom: seeker.wishes.availableFrom,
  };
}
