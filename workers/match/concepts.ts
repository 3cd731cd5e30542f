/**
 * What occupation does a piece of text name? Query pieces become probes (hanzi, typed pinyin,
 * English), and each probe is scored against every term of the occupation dictionary and
 * against the occupation names found in the indexed jobs.
 */
import { OCCUPATIONS } from '../../src/core/occupations/index';
import { type Evidence, gradeOf, stronger } from './evidence';
import { editDistance, hanPhrase, mixedPhrase, type Phrase, pinyinPhrase } from './phrase';
import { PhraseIndex } from './phrase-index';
import { segmentPinyin } from './pinyin';

/** One way of reading a piece of the query. */
export interface Probe {
  /** The piece as typed, for explanations. */
  typed: string;
  /** Hanzi or segmented pinyin, compared unit by unit. */
  phrase?: Phrase;
  /** Typed letters without spaces, for letter typos and initials. */
  letters?: string;
  /** Lower-case English words. */
  words?: string[];
  /** A driving licence class, e.g. 'B2'. */
  licence?: string;
  /** Down-weights a piece read alone when the whole query was also read. */
  factor: number;
}

interface Term {
  code: string;
  phrase: Phrase;
  /** Names and aliases count fully, skills less: 电焊 names a welder, 健康证 names nobody. */
  factor: number;
}

/** A licence class ('B2', the forklift's 'N1'), as opposed to a certificate named in words ('叉车证'). */
const LICENCE_CLASS = /^(?:[ABC][1-3]|N1)$/;

const TERMS: Term[] = OCCUPATIONS.flatMap((o) => [
  { code: o.code, phrase: hanPhrase(o.name), factor: 1 },
  ...o.aliases.map((a) => ({ code: o.code, phrase: hanPhrase(a), factor: 0.99 })),
  // A certificate names the trade it qualifies for almost as well as the trade's name.
  ...(o.licences ?? [])
    .filter((l) => !LICENCE_CLASS.test(l))
    .map((l) => ({ code: o.code, phrase: hanPhrase(l), factor: 0.95 })),
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

/** Names and aliases: words that name a trade by themselves. */
const NAMED: ReadonlySet<string> = new Set(TERMS.filter((t) => t.factor >= 0.99).map((t) => t.phrase.text));

/** Texts (hanzi and their pinyin letters) that name an occupation, so places never claim them. */
export const TERM_KEYS: ReadonlySet<string> = new Set(TERMS.flatMap((t) => [t.phrase.text, t.phrase.letters]));

export function hanProbe(text: string, factor = 1): Probe {
  return { typed: text, phrase: hanPhrase(text), factor };
}

/** Letters typed by the user (spaces already removed from pinyin, kept between English words). */
export function latinProbe(tokens: string[], factor = 1): Probe {
  // "baojie job" is baojie; but "bao an" keeps its an.
  const letters = tokens.filter((t) => !STOP_WORDS.has(t) || segmentPinyin(t)).join('');
  const syllables = segmentPinyin(letters);
  return {
    typed: tokens.join(' '),
    phrase: syllables ? pinyinPhrase(letters, syllables) : undefined,
    letters,
    words: tokens.filter((t) => !STOP_WORDS.has(t)),
    factor,
  };
}

/** Hanzi and pinyin typed as one word ("叉che司机"); undefined when a Latin part is not pinyin. */
export function mixedProbe(parts: readonly { han: boolean; text: string }[]): Probe | undefined {
  const phrases: Phrase[] = [];
  for (const part of parts) {
    const syllables = part.han ? undefined : segmentPinyin(part.text);
    if (!part.han && !syllables) return undefined;
    phrases.push(syllables ? pinyinPhrase(part.text, syllables) : hanPhrase(part.text));
  }
  const typed = parts.map((p) => p.text).join('');
  return { typed, phrase: mixedPhrase(typed, phrases), factor: 1 };
}

export const licenceProbe = (licence: string): Probe => ({ typed: licence, licence, factor: 1 });

/** The occupations each driving licence class qualifies for ('B2' → truck driver). */
const LICENCES = new Map<string, string[]>();
for (const o of OCCUPATIONS)
  for (const l of o.licences ?? []) if (LICENCE_CLASS.test(l)) LICENCES.set(l, [...(LICENCES.get(l) ?? []), o.code]);
export const isLicenceClass = (s: string): boolean => LICENCES.has(s);
/** The classes a driving licence's letter stands for ('A' of A照: A1, A2, A3). */
export const licenceClassesOf = (letter: string): string[] =>
  [...LICENCES.keys()].filter((c) => c[0] === letter).sort();
/** A licence names its trades a little less surely than the trade's own name… */
const LICENCE_SCORE = 0.95;
/** …and more surely when the words beside it name the same trade (B2 + 司机 is a truck driver). */
const LICENCE_AGREES = 0.1;

/** Typed English words, joined and stemmed once per probe rather than once per term. */
interface TypedEnglish {
  words: string[];
  text: string;
  stems: string[];
}

/** How well English words name an occupation term; 'typo' when only by a misspelling. */
function englishScore(typed: TypedEnglish, term: EnglishTerm): { score: number; typo?: true } | undefined {
  const { words, text, stems } = typed;
  if (words.length === 0) return undefined;
  if (text === term.text) return { score: 1 };
  const has = (list: string[], s: string) => list.includes(s);
  if (stems.length === term.stems.length && stems.every((s, i) => s === term.stems[i])) return { score: 0.97 };
  if (term.stems.every((s) => has(stems, s))) return { score: 0.9 };
  const shared = stems.filter((s) => has(term.stems, s)).length;
  if (shared === stems.length) return { score: 0.7 + (0.1 * shared) / term.stems.length };
  if (words.length === 1 && term.stems.length === 1) {
    const d = editDistance(stems[0], term.stems[0]);
    const allowed = stems[0].length >= 8 ? 2 : stems[0].length >= 4 ? 1 : 0;
    if (d <= allowed) return { score: 0.85, typo: true };
  }
  return undefined;
}

/** The best evidence for every occupation code the probes name (codes not named are absent). */
export function scoreOccupations(probes: readonly Probe[]): Map<string, Evidence> {
  const best = new Map<string, Evidence>();
  const raise = (code: string, e: Evidence) => best.set(code, stronger(e, best.get(code)));
  const literal = new Map<string, string[]>();
  for (const [term, e] of TERM_INDEX.score(probes)) {
    const score = e.score * term.factor;
    const grade = gradeOf({ ...e, score });
    if (grade) raise(term.code, { ...e, score, grade });
    if (e.fit === 'literal' && e.how === 'text')
      literal.set(term.code, [...(literal.get(term.code) ?? []), term.phrase.han]);
  }
  for (const [code, words] of literal) {
    const e = best.get(code);
    if (!e || words.length < 2) continue;
    const coverage = jointCoverage(probes, e.typed, words);
    if (coverage <= e.coverage) continue;
    const grade = gradeOf({ ...e, coverage });
    if (grade) best.set(code, { ...e, coverage, grade });
  }
  for (const probe of probes) {
    if (probe.words) {
      const typed = { words: probe.words, text: probe.words.join(' '), stems: probe.words.map(stem) };
      for (const term of ENGLISH) {
        const m = englishScore(typed, term);
        if (!m) continue;
        const facts = {
          score: m.score * probe.factor,
          fit: m.typo ? 'whole' : 'literal',
          how: m.typo ? 'typo' : 'english',
          coverage: 1,
        } as const;
        const grade = gradeOf(facts);
        if (grade) raise(term.code, { ...facts, typed: probe.typed, as: term.text, grade });
      }
    }
  }
  for (const probe of probes) {
    if (!probe.licence) continue;
    for (const code of LICENCES.get(probe.licence) ?? []) {
      const words = best.get(code);
      const agree = words && words.how !== 'licence' ? LICENCE_AGREES : 0;
      const score = Math.max(LICENCE_SCORE, words?.score ?? 0) + agree;
      best.set(code, {
        score,
        fit: 'literal',
        coverage: 1,
        how: 'licence',
        typed: probe.licence,
        as: `${probe.licence}驾照`,
        grade: 'literal',
      });
    }
  }
  return best;
}

/**
 * Several words of one trade in a long query account for it together: 宾馆打扫房间换床单 is
 * 打扫房间 and 换床单, both a room attendant's work, though neither alone is most of it.
 */
function jointCoverage(probes: readonly Probe[], typed: string, words: readonly string[]): number {
  const phrase = probes.find((p) => p.typed === typed)?.phrase;
  if (!phrase?.han) return 0;
  const covered = new Array<boolean>(phrase.units.length).fill(false);
  for (const word of words) {
    for (let at = phrase.han.indexOf(word); at >= 0; at = phrase.han.indexOf(word, at + 1))
      covered.fill(true, at, at + word.length);
  }
  let weight = 0;
  for (let i = 0; i < covered.length; i++) if (covered[i]) weight += phrase.units[i].w;
  return Math.min(1, weight / phrase.weight);
}

/** Words for the person doing a trade, interchangeable after its stem: 泥水工, 泥水匠, 泥水师傅, 泥水佬. */
const PERSON = ['师傅', '工人', '师', '佬', '匠', '工', '仔', '手', '员'];

/**
 * The trade's names a word may mean with another person word after the same stem (泥水师傅 is
 * 泥水工, 护林工 护林员): none for a dictionary word, or a stem of one character (羊仔 is a lamb).
 */
export function otherPersonWords(text: string): string[] {
  if (TERM_KEYS.has(text)) return [];
  const person = PERSON.find((w) => text.endsWith(w) && text.length - w.length >= 2);
  if (!person) return [];
  const stem = text.slice(0, -person.length);
  return PERSON.map((w) => stem + w).filter((t) => t !== text && NAMED.has(t));
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
  for (const [code, e] of scoreOccupations([hanProbe(text)])) {
    if (e.grade !== 'literal' && e.grade !== 'sure') continue;
    if (e.score > bestScore || (e.score === bestScore && best !== undefined && code < best)) {
      best = code;
      bestScore = e.score;
    }
  }
  return best;
}
