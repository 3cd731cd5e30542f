/**
 * The occupation dictionary: what a job is, in the words people actually use. Postings pick
 * an occupation from it; the match engine reads it to understand queries (colloquial phrases,
 * English words; pinyin comes from the generated file beside it).
 */
import { LIST } from './list';

export interface Occupation {
  /** Stable, e.g. 'cleaner'. Stored in Job.occupationCode. */
  code: string;
  /** Standard Chinese name, e.g. '保洁员'. */
  name: string;
  /** Group for pickers, e.g. '家政服务'. */
  category: string;
  /** Colloquial names and phrases: '保洁', '打扫卫生', '搞卫生', '扫地'. */
  aliases: string[];
  /** Simple English words: 'cleaner', 'cleaning'. */
  en: string[];
  skills: string[];
  /** Driving licence classes ('B2') and certificates ('叉车证') that qualify for it, as people name them. */
  licences?: string[];
  /** Codes of occupations a seeker of this one would also take. */
  related: string[];
  typicalWage: { unit: 'hour' | 'day' | 'month' | 'piece'; min: number; max: number };
  payPeriod: 'daily' | 'weekly' | 'monthly';
}

export const OCCUPATIONS: readonly Occupation[] = LIST;

const byCode = new Map(OCCUPATIONS.map((o) => [o.code, o]));

export function occupationByCode(code: string): Occupation | undefined {
  return byCode.get(code);
}

/** Picker groups in display order. */
export const OCCUPATION_CATEGORIES: readonly string[] = [...new Set(OCCUPATIONS.map((o) => o.category))];

/** An occupation's name: the Chinese one, or in English its first English word, capitalised. */
export function occupationNameIn(occupation: Occupation, language: 'zh' | 'en'): string {
  const english = occupation.en[0];
  return language === 'en' && english ? english[0]?.toUpperCase() + english.slice(1) : occupation.name;
}

/** A stored code's name for the UI; a code the dictionary no longer has shows as a dash, never as the code. */
export function occupationLabel(code: string, language: 'zh' | 'en'): string {
  const occupation = byCode.get(code);
  return occupation ? occupationNameIn(occupation, language) : '—';
}
