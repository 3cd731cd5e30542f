/**
 * Ranking: how much each fact about a job adds to its score, for a typed query and for a
 * seeker's profile, and the reasons that explain the score. Weights are tiers on purpose:
 * occupation fit (×10) outranks place (3), which outranks pay terms (1–2) and small
 * tie-breakers (freshness, verification, distance).
 */
import { occupationByCode } from '../../src/core/occupations/index';
import { type JobFacts, type JobStore, PERIODS, PERKS, perkBit, UNITS } from './jobs';
import { distanceKm, perDay } from './measure';
import { popcount } from './phrase';
import type { WageWish } from './query';
import type { Origin, PayPeriod, Reason, SeekerDoc, WageUnit } from './types';

const DAY_MS = 86_400_000;
export const W = {
  fit: 10,
  place: 3,
  payPeriod: 2,
  perk: 1,
  wage: 1.5,
  title: 0.5,
  distance: 1,
  fresh: 0.3,
  verified: 0.2,
};

/**
 * 1 when the job pays what was asked (a little more is as good; much more may be another
 * kind of job), less when only the top of its range reaches it, little when it pays less.
 */
export function wageFit(min: number, max: number, unit: WageUnit | undefined, wish: WageWish): number {
  const want = perDay(wish.amount, wish.unit) ?? Number.NaN;
  const lo = perDay(min, unit) ?? Number.NaN;
  const hi = perDay(max, unit) ?? Number.NaN;
  if (!(want > 0) || Number.isNaN(lo)) return 0.3;
  if (lo >= want) return Math.max(0.6, 1 - (lo - want) / want);
  if (hi >= want) return 0.7;
  return (0.3 * hi) / want;
}

export function freshness(postedAt: number, now: number): number {
  return Number.isNaN(postedAt) ? 0 : Math.exp(-Math.max(0, now - postedAt) / (30 * DAY_MS));
}

/** 1 next door, ½ at 10 km, fading after. */
export const distanceFit = (km: number): number => 1 / (1 + km / 10);

/** What a parsed query asks beyond the occupation; built once per query. */
export interface QueryAsk {
  places: ReadonlySet<number>;
  /** The same places by gazetteer id, marked with the bit of each name that names them (placeBit). */
  placeMarks: Uint8Array;
  /** How many place names the query typed. */
  placeNames: number;
  /** Marks by title id: titles holding one of `han` (JobStore.titleMarks). */
  titled: Uint8Array;
  payPeriod: number;
  perkBits: number;
  wage?: WageWish;
  han: readonly string[];
  origin?: Origin;
  now: number;
}

/** The most freshness and verification add: what askScore adds after the rest. */
const TAIL = W.fresh + W.verified;
/** Rounding room when a bound decides a job cannot reach the top k. */
const ROUNDING = 1e-9;

/**
 * Everything but occupation fit, for one job; the hot loop of search. A job whose score
 * cannot reach `floor` whatever its freshness gets -Infinity, without computing the rest.
 */
export function askScore(store: JobStore, slot: number, ask: QueryAsk, floor = Number.NEGATIVE_INFINITY): number {
  let s = termsScore(store, slot, ask);
  if (ask.wage) {
    const unit = UNITS[store.wageUnit[slot]];
    s += W.wage * wageFit(store.wageMin[slot], store.wageMax[slot], unit, ask.wage);
    // "200一天" asks for a day rate, not a month's pay that happens to divide to 200.
    if (unit === ask.wage.unit) s += W.payPeriod;
  }
  // No marks when the query has no words: reading past their end would be slow, not wrong.
  if (ask.titled.length !== 0 && ask.titled[store.titleId[slot]] === 1) s += W.title;
  if (ask.origin && !Number.isNaN(store.lat[slot])) {
    s += W.distance * distanceFit(distanceKm(ask.origin.lat, ask.origin.lon, store.lat[slot], store.lon[slot]));
  }
  if (s + TAIL + ROUNDING < floor) return Number.NEGATIVE_INFINITY;
  return s + W.fresh * freshness(store.postedAt[slot], ask.now) + W.verified * store.verified[slot];
}

/** What the query's places, pay period and perks give a job: the first, cheap part of askScore. */
export function termsScore(store: JobStore, slot: number, ask: QueryAsk): number {
  let s = 0;
  if (ask.places.size > 0) {
    // In the places of every name typed (保乐村 of 治安镇) before those of some (治安镇 elsewhere).
    const named = store.placeBits(slot, ask.placeMarks);
    if (named) s += (W.place * popcount(named)) / Math.min(ask.placeNames, PLACE_BITS);
  }
  if (ask.payPeriod && store.payPeriod[slot] === ask.payPeriod) s += W.payPeriod;
  if (ask.perkBits) {
    const have = store.perks[slot] & ask.perkBits;
    for (let b = have; b; b &= b - 1) s += W.perk;
  }
  return s;
}

/** Place names beyond the eighth share its bit: no one types more. */
const PLACE_BITS = 8;
export const placeBit = (name: number): number => 1 << Math.min(name, PLACE_BITS - 1);

/** The most termsScore gives a job: in every place named, paid as asked, with every perk. */
export function ceilingOfTerms(ask: QueryAsk): number {
  let s = ask.places.size > 0 ? W.place : 0;
  if (ask.payPeriod) s += W.payPeriod;
  for (let b = ask.perkBits; b; b &= b - 1) s += W.perk;
  return s;
}

/**
 * The most askScore adds to a job's termsScore, freshness and verification aside: what the
 * wage, the title and distance give at best (every part's fit is at most 1), and rounding room.
 */
export function ceilingBeyondTerms(ask: QueryAsk): number {
  let s = ROUNDING;
  if (ask.titled.length !== 0) s += W.title;
  if (ask.wage) s += W.wage + W.payPeriod;
  if (ask.origin) s += W.distance;
  return s;
}

function commonReasons(job: JobFacts, origin: Origin | undefined, now: number): Reason[] {
  const out: Reason[] = [];
  if (origin && !Number.isNaN(job.lat)) {
    out.push({ kind: 'distance', km: Math.round(distanceKm(origin.lat, origin.lon, job.lat, job.lon) * 10) / 10 });
  }
  if (job.payPeriod) out.push({ kind: 'payPeriod', value: job.payPeriod });
  if (!Number.isNaN(job.wageMin) && job.wageUnit) {
    out.push({ kind: 'wage', min: job.wageMin, max: job.wageMax, unit: job.wageUnit });
  }
  for (const p of PERKS) if (job.perks & perkBit(p)) out.push({ kind: 'perk', value: p });
  if (job.verified) out.push({ kind: 'verified' });
  if (!Number.isNaN(job.postedAt)) {
    const days = Math.floor(Math.max(0, now - job.postedAt) / DAY_MS);
    if (days <= 7) out.push({ kind: 'fresh', days });
  }
  return out;
}

/** Reasons of a search hit: what matched the query first, then the job's selling points. */
export function searchReasons(
  job: JobFacts,
  occupation: Reason | undefined,
  ask: QueryAsk,
  placeName?: string,
): Reason[] {
  const out: Reason[] = [];
  if (occupation) out.push(occupation);
  const text = ask.han.find((h) => job.title.includes(h));
  if (text) out.push({ kind: 'text', value: text });
  const skill = job.skills.find((sk) => ask.han.some((h) => sk.includes(h) || h.includes(sk)));
  if (skill) out.push({ kind: 'skill', value: skill });
  if (placeName) out.push({ kind: 'place', value: placeName });
  return [...out, ...commonReasons(job, ask.origin, ask.now)];
}

export interface PairFit {
  score: number;
  reasons: Reason[];
  /** Beyond the seeker's distance limit: ranked after every job within it, whatever the score. */
  beyondLimit: boolean;
}

/** A limit this wide reaches past the next county: a profile's place alone cannot say it is broken. */
const COUNTY_REACH_KM = 50;

/**
 * How well a job suits a seeker (used both ways: seeker → jobs, job → seekers). A wish the
 * job breaks outright (too far, pays too little, starts before the seeker is free) costs
 * more than a missing bonus.
 */
export function pairFit(job: JobFacts, jobCode: string | undefined, seeker: SeekerDoc, now: number): PairFit {
  const reasons: Reason[] = [];
  let score = 0;
  const wished = jobCode !== undefined && seeker.occupations.includes(jobCode);
  const occupation = jobCode ? occupationByCode(jobCode) : undefined;
  if (wished && occupation) {
    score += W.fit;
    reasons.push({ kind: 'occupation', code: occupation.code, name: occupation.name });
  } else if (occupation && seeker.occupations.some((c) => occupationByCode(c)?.related.includes(occupation.code))) {
    score += W.fit * 0.5;
    reasons.push({ kind: 'related', code: occupation.code, name: occupation.name });
  }

  const skills = job.skills.filter((s) => seeker.skills.includes(s));
  score += Math.min(3, skills.length) * 1.5;
  for (const s of skills) reasons.push({ kind: 'skill', value: s });

  const limit = seeker.maxDistanceKm;
  let beyondLimit = false;
  if (!Number.isNaN(job.lat) && seeker.lat !== undefined && seeker.lon !== undefined) {
    const km = distanceKm(seeker.lat, seeker.lon, job.lat, job.lon);
    score += 3 * distanceFit(km);
    beyondLimit = limit !== undefined && km > limit;
    reasons.push({ kind: 'distance', km: Math.round(km * 10) / 10 });
  } else {
    const shared = job.places.filter((p) => Object.values(seeker.place).includes(p)).at(-1);
    if (shared) {
      score += 1.5;
      reasons.push({ kind: 'place', value: shared });
    }
    // Without coordinates the profile's county stands in for where the seeker is.
    const county = seeker.place.county;
    beyondLimit =
      limit !== undefined && limit < COUNTY_REACH_KM && county !== undefined && !job.places.includes(county);
  }
  if (beyondLimit) {
    score -= 5;
    reasons.push({ kind: 'beyondLimit', km: limit! });
  }

  if (seeker.minWage !== undefined) {
    const unit = seeker.wageUnit === 'hour' || seeker.wageUnit === 'month' ? seeker.wageUnit : 'day';
    const fit = wageFit(job.wageMin, job.wageMax, job.wageUnit, { amount: seeker.minWage, unit });
    score += 2 * fit - (fit < 0.3 ? 3 : 0);
    if (fit >= 0.6) reasons.push({ kind: 'wageFloor', amount: seeker.minWage, unit });
  }
  if (job.payPeriod && seeker.payPeriods.includes(job.payPeriod)) {
    score += 1.5;
    reasons.push({ kind: 'payWanted', value: job.payPeriod });
  }
  if (seeker.availableFrom && job.startDate && job.startDate < seeker.availableFrom) score -= 2;

  score += W.fresh * freshness(job.postedAt, now) + W.verified * (job.verified ? 1 : 0);
  const common = commonReasons(job, undefined, now).filter((r) => r.kind !== 'payPeriod' || isWanted(r.value, seeker));
  return { score, reasons: [...reasons, ...common], beyondLimit };
}

const isWanted = (p: PayPeriod, seeker: SeekerDoc) => seeker.payPeriods.length === 0 || seeker.payPeriods.includes(p);

export const payPeriodCode = (p: PayPeriod | undefined): number => Math.max(0, PERIODS.indexOf(p));
