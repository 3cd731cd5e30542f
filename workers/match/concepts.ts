/**
 * What occupation does a piece of text name? Query pieces become probes (hanzi, typed pinyin,
 * English), and each probe is scored against every term of the occupation dictionary and
 * against the occupation names found in the indexed jobs.
 */
import { OCCUPATIONS } from '../../src/core/occupations/index';
import { editDistance, hanPhrase, type Phrase, pinyinPhrase } from './phrase';
import { PhraseIndex } from './phrase-index';
import { segmentPinyin } from './pinyin';

/** One way of reading a piece of the query. */
export interface Probe {
  /** Hanzi or segmented pinyin, compared unit by unit. */
  phrase?: Phrase;
  /** Typed letters without spaces, for letter typos and initials. */
  letters?: string;
  /** Lower-case English words. */
  words?: string[];
  /** Down-weights a piece read alone when the whole query was also read. */
  factor: number;
}

interface Term {
  code: string;
  phrase: Phrase;
  /** Names and aliases count fully, skills less: 电焊 names a welder, 健康证 names nobody. */
  factor: number;
}

const TERMS: Term[] = OCCUPATIONS.flatMap((o) => [
  { code: o.code, phrase: hanPhrase(o.name), factor: 1 },
  ...o.aliases.map((a) => ({ code: o.code, phrase: hanPhrase(a), factor: 0.99 })),
  ...o.skills.map((s) => ({ code: o.code, phrase: hanPhrase(s), factor: 0.7 })),
]).filter((t) => t.phrase.units.length > 0);

const TERM_INDEX = new PhraseIndex<Term>();
for (const t of TERMS) TERM_INDEX.add(t, t.phrase);

const STOP_WORDS = new Set([
  'job',
  'jobs',
  'work',
  'wanted',
  'hiring',
  'need',
  'a',
  'an',
  'the',
  'in',
  'near',
  'for',
  'as',
]);
const stem = (w: string) => (w.length > 4 ? w.replace(/(ing|ers|er|es|s)$/, '') : w.replace(/s$/, ''));

interface EnglishTerm {
  code: string;
  text: string;
  stems: string[];
}
const ENGLISH: EnglishTerm[] = OCCUPATIONS.flatMap((o) =>
  o.en.map((text) => ({ code: o.code, text, stems: text.split(/[\s-]+/).map(stem) })),
);

/** Texts (hanzi and their pinyin letters) that name an occupation, so places never claim them. */
export const TERM_KEYS: ReadonlySet<string> = new Set(TERMS.flatMap((t) => [t.phrase.text, t.phrase.letters]));

export function hanProbe(text: string, factor = 1): Probe {
  return { phrase: hanPhrase(text), factor };
}

/** Letters typed by the user (spaces already removed from pinyin, kept between English words). */
export function latinProbe(tokens: string[], factor = 1): Probe {
  const letters = tokens.join('');
  const syllables = segmentPinyin(letters);
  return {
    phrase: syllables ? pinyinPhrase(letters, syllables) : undefined,
    letters,
    words: tokens.filter((t) => !STOP_WORDS.has(t)),
    factor,
  };
}

function englishScore(words: string[], term: EnglishTerm): number {
  if (words.length === 0) return 0;
  const text = words.join(' ');
  if (text === term.text) return 1;
  const stems = words.map(stem);
  const has = (list: string[], s: string) => list.includes(s);
  if (stems.length === term.stems.length && stems.every((s, i) => s === term.stems[i])) return 0.97;
  if (term.stems.every((s) => has(stems, s))) return 0.9;
  const shared = stems.filter((s) => has(term.stems, s)).length;
  if (shared === stems.length) return 0.7 + (0.1 * shared) / term.stems.length;
  if (words.length === 1 && term.stems.length === 1) {
    const d = editDistance(stems[0], term.stems[0]);
    const allowed = stems[0].length >= 8 ? 2 : stems[0].length >= 4 ? 1 : 0;
    if (d <= allowed) return 0.85;
  }
  return 0;
}

/** Score of every occupation code the probes name (codes not named are absent). */
export function scoreOccupations(probes: readonly Probe[]): Map<string, number> {
  const scores = new Map<string, number>();
  const raise = (code: string, s: number) => {
    if (s > (scores.get(code) ?? 0)) scores.set(code, s);
  };
  for (const [term, s] of TERM_INDEX.score(probes)) if (s * term.factor > 0.3) raise(term.code, s * term.factor);
  for (const probe of probes) {
    if (probe.words) {
      for (const term of ENGLISH) {
        const s = englishScore(probe.words, term) * probe.factor;
        if (s > 0) raise(term.code, s);
      }
    }
  }
  return scores;
}

const NAMES = new Map<string, string>();
for (const t of TERMS) if (t.factor > 0.9 && !NAMES.has(t.phrase.text)) NAMES.set(t.phrase.text, t.code);

/**
 * The dictionary occupation an employer's own wording means, or undefined when no term is
 * close enough to trust. The longest name or alias inside the wording decides (绿化养护工 is
 * 绿化养护, not 护工); between equals, the one ending it, as Chinese names end in their head
 * noun (服装车工 is a 车工, not a 装车).
 */
export function classifyOccupation(text: string): string | undefined {
  let best: string | undefined;
  let bestRank = 1;
  for (const [name, code] of NAMES) {
    if (!text.includes(name)) continue;
    const rank = name.length * 2 + (text.endsWith(name) ? 1 : 0);
    if (rank > bestRank) {
      best = code;
      bestRank = rank;
    }
  }
  if (best) return best;
  let bestScore = 0.8;
  for (const [code, s] of scoreOccupations([hanProbe(text)])) {
    if (s > bestScore || (s === bestScore && best !== undefined && code < best)) {
      best = code;
      bestScore = s;
    }
  }
  return best;
}
