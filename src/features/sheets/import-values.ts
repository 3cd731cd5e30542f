/**
 * A spreadsheet cell's words as a record's values: "200-300元/天" as a wage, "日结" as a pay
 * period, "总寨镇王斌堡村" as a place in the desk's county, "电焊" as an occupation, an ID
 * number as a birth year (the number itself is never kept). Each returns undefined, or a
 * problem code the import screen words, when the cell does not say it.
 */
import { OCCUPATIONS, type Occupation } from '../../core/occupations';
import type { PayPeriod, WageUnit } from '../../core/records';
import { allRegions, villageWord } from '../../core/regions';
import { countyOf } from '../../core/regions/codes';

/** Why a cell could not become a value (besides the schema's own codes). */
export type CellProblem =
  | 'formula'
  | 'wage_number'
  | 'pay_period'
  | 'headcount_number'
  | 'occupation_unknown'
  | 'place_unknown'
  | 'place_outside'
  | 'place_ambiguous'
  | 'id_number'
  | 'birth_year'
  | 'duplicate_row';

export type Parsed<T> = { value: T } | { problem: CellProblem };

/**
 * A cell a spreadsheet would run as a formula (=, +, @): refused, not stored, so it cannot
 * come back out of an export or a print as something a desk's computer runs.
 */
export const looksLikeFormula = (cell: string): boolean => /^[=+@]/.test(cell.trim());

/** Full-width digits and punctuation (Chinese input methods type them) as ASCII. */
export const halfWidth = (text: string): string =>
  text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');

/** The numbers in a cell: "5千" is 5000, "1.2万" 12000, "3,500" 3500. */
function numbersIn(text: string): number[] {
  const found = halfWidth(text)
    .replace(/(\d),(\d{3})/g, '$1$2')
    .matchAll(/(\d+(?:\.\d+)?)\s*([千kK万wW])?/g);
  return [...found].map(([, n, scale]) => Number(n) * (scale ? (/[万wW]/.test(scale) ? 10_000 : 1000) : 1));
}

const UNIT_WORDS: [RegExp, WageUnit][] = [
  [/小时|时薪|钟点|\/时|每时|hour|\/h\b/i, 'hour'],
  [/件|计件|piece/i, 'piece'],
  [/月|month/i, 'month'],
  [/天|日|day/i, 'day'],
];

export function wageUnitIn(text: string): WageUnit | undefined {
  return UNIT_WORDS.find(([words]) => words.test(text))?.[1];
}

export interface Wage {
  min: number;
  max: number;
  unit?: WageUnit;
}

/** "200-300元/天", "日薪200", "5000": the lowest and highest figure, and the unit if the cell names one. */
export function parseWage(text: string): Parsed<Wage> {
  const numbers = numbersIn(text).slice(0, 2);
  if (numbers.length === 0) return { problem: 'wage_number' };
  return { value: { min: Math.min(...numbers), max: Math.max(...numbers), unit: wageUnitIn(text) } };
}

const PERIOD_WORDS: [RegExp, PayPeriod][] = [
  [/日结|天结|当天|每天|daily/i, 'daily'],
  [/周结|每周|星期|weekly/i, 'weekly'],
  [/月结|每月|按月|monthly/i, 'monthly'],
];

export function parsePayPeriod(text: string): Parsed<PayPeriod> {
  const found = PERIOD_WORDS.find(([words]) => words.test(text))?.[1];
  return found ? { value: found } : { problem: 'pay_period' };
}

/** "5", "5人", "５名": a whole number. */
export function parseCount(text: string): Parsed<number> {
  const [n] = numbersIn(text);
  return n !== undefined && Number.isInteger(n) ? { value: n } : { problem: 'headcount_number' };
}

/** Every name a person might write for an occupation, longest first, so 电焊工 wins over 电工. */
const OCCUPATION_WORDS: { word: string; occupation: Occupation }[] = OCCUPATIONS.flatMap((occupation) =>
  [occupation.name, occupation.code, ...occupation.aliases, ...occupation.en].map((word) => ({
    word: word.toLowerCase(),
    occupation,
  })),
).sort((a, b) => b.word.length - a.word.length);

/** The dictionary's occupation a cell names: the whole cell as a name, else the longest name inside it. */
export function occupationIn(text: string): Occupation | undefined {
  const cell = text.trim().toLowerCase();
  if (!cell) return undefined;
  return (
    OCCUPATION_WORDS.find((o) => o.word === cell)?.occupation ??
    OCCUPATION_WORDS.find((o) => o.word.length >= 2 && cell.includes(o.word))?.occupation
  );
}

interface PlaceName {
  code: string;
  /** The ways a place is written: 王斌堡村委会, 王斌堡村, 王斌堡. */
  words: string[];
}

const SUFFIX = /(村民委员会|村委会|居民委员会|居委会|社区|街道|村|镇|乡)$/;

function placeNames(): PlaceName[] {
  return allRegions()
    .filter((region) => region.code.length >= 6)
    .map(({ code, name }) => {
      const short = villageWord(name);
      const bare = short.replace(SUFFIX, '');
      return { code, words: [...new Set([name, short, bare.length >= 2 ? bare : short])] };
    });
}

let names: PlaceName[] | undefined;

/** Places a cell names, deepest first (a village over its town), then by the longest word matched. */
function placesIn(text: string, inCounties?: readonly string[]): string[] {
  names ??= placeNames();
  const hits = names
    .filter((place) => !inCounties || inCounties.includes(countyOf(place.code)))
    .map((place) => ({
      code: place.code,
      length: Math.max(0, ...place.words.filter((w) => text.includes(w)).map((w) => w.length)),
    }))
    .filter((hit) => hit.length > 0);
  const codes = new Set(hits.map((hit) => hit.code));
  // A village whose town the cell also names (总寨镇王斌堡村) beats one of the same name elsewhere.
  const parentNamed = (code: string) => (codes.has(code.slice(0, 9)) ? 1 : 0) + (codes.has(code.slice(0, 6)) ? 1 : 0);
  hits.sort(
    (a, b) => b.code.length - a.code.length || parentNamed(b.code) - parentNamed(a.code) || b.length - a.length,
  );
  const [best, next] = hits;
  if (!best) return [];
  const tied =
    next &&
    next.code.length === best.code.length &&
    parentNamed(next.code) === parentNamed(best.code) &&
    next.length === best.length;
  return tied ? [best.code, next.code] : [best.code];
}

/** The region code a cell names within the desk's counties; a place elsewhere is refused as outside. */
export function placeIn(text: string, counties: readonly string[]): Parsed<string> {
  const cell = halfWidth(text).replace(/\s/g, '');
  const here = placesIn(cell, counties);
  if (here.length === 1) return { value: here[0] };
  if (here.length > 1) return { problem: 'place_ambiguous' };
  return { problem: placesIn(cell).length > 0 ? 'place_outside' : 'place_unknown' };
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/**
 * The birth year in a 居民身份证 number (GB 11643: 17 digits, a check character). Only the
 * year is kept: the number itself is never stored anywhere.
 */
export function birthYearFromId(text: string): Parsed<number> {
  const id = halfWidth(text).trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { problem: 'id_number' };
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  if (ID_CHECK[sum % 11] !== id[17]) return { problem: 'id_number' };
  return { value: Number(id.slice(6, 10)) };
}

/** "1985", "1985-03", "1985年3月", or an age ("38", "38岁") counted back from `thisYear`. */
export function parseBirthYear(text: string, thisYear: number): Parsed<number> {
  const cell = halfWidth(text);
  const year = cell.match(/(19|20)\d{2}/)?.[0];
  if (year) return { value: Number(year) };
  const [age] = numbersIn(cell);
  return age !== undefined && Number.isInteger(age) && age > 0 && age < 100
    ? { value: thisYear - age }
    : { problem: 'birth_year' };
}
