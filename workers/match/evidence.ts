/**
 * Evidence that a query names a phrase (a dictionary term or an employer's wording), and how
 * much it may be trusted. Literal evidence (the words as typed) is an answer; a reading by
 * sound, by keypad or as a typo is a guess, and only a good guess is presented as an answer,
 * with the reading it rests on ("按拼音 dianhong 理解为 电工"); a poor one becomes "你是不是要找…".
 */
import type { Fit } from './phrase';
import type { ReadingHow } from './types';

/** How the query was read: as typed (text, English, licence), partly, or by a reading. */
export type How = 'text' | 'english' | 'licence' | 'partial' | ReadingHow;

/**
 * literal: an answer. sure: a guess good enough to answer, explained. weak: offered as
 * "did you mean", with its jobs. faint: offered as "did you mean" alone.
 */
export type Grade = 'literal' | 'sure' | 'weak' | 'faint';

export interface Evidence {
  score: number;
  fit: Fit;
  /** Share of the query the match accounts for. */
  coverage: number;
  how: How;
  /** The query piece as typed. */
  typed: string;
  /** The phrase it was read as. */
  as: string;
  grade: Grade;
}

/** Below this nothing is named at all. */
export const MIN_SCORE = 0.4;
/** A guess read unit for unit (whole) is an answer from here on. */
const SURE_GUESS = 0.7;
/** A weaker whole guess, or a near one, still brings its jobs, as a "did you mean". */
const WEAK_GUESS = 0.5;
/** The same for a reading sharing only some of a word's units. */
const WEAK_PARTIAL = 0.53;
/** Words, literal or read, that leave most of the query unexplained (司机 in wajueisiji) are only a guess. */
export const LITERAL_COVERAGE = 0.4;

/** What grading needs to know about a match. */
export interface GuessFacts {
  score: number;
  fit: Fit;
  how: How;
  coverage: number;
  /** For readings of typed letters: whether they already are pinyin as typed ("dianhong"). */
  lettersArePinyin?: boolean;
  /** For keypad readings of hanzi: the syllables the keys were compared over. */
  syllables?: number;
}

export function gradeOf(f: GuessFacts): Grade | undefined {
  if (f.score < MIN_SCORE) return undefined;
  if (f.fit === 'literal') return f.coverage >= LITERAL_COVERAGE ? 'literal' : 'weak';
  // A reading of a small part of a long query is no answer either; one sharing only some of a
  // word's units (坝坝宴 read into 草拔一拔) brings its jobs only when it shares clearly more.
  if (f.coverage < LITERAL_COVERAGE)
    return f.score >= (f.fit === 'partial' ? WEAK_PARTIAL : WEAK_GUESS) ? 'weak' : 'faint';
  if (f.fit === 'partial') return 'faint';
  if (f.fit === 'near') return f.score >= WEAK_GUESS ? 'weak' : 'faint';
  // A slip that leaves real pinyin, or two syllables on the keypad, is as likely a real word
  // (滇红 is a tea, dianhong its pinyin) as a slip for an occupation: offer it, do not answer.
  const doubtful =
    ((f.how === 'typo' || f.how === 'keypad') && f.lettersArePinyin) ||
    (f.how === 'keypad' && f.syllables !== undefined && f.syllables < 3);
  if (f.score >= SURE_GUESS && !doubtful) return 'sure';
  return f.score >= WEAK_GUESS ? 'weak' : 'faint';
}

const RANK: Record<Grade, number> = { literal: 3, sure: 2, weak: 1, faint: 0 };

/** Whether a outranks b: a stronger grade first, then a higher score. */
export function outranks(a: Pick<Evidence, 'grade' | 'score'>, b: Evidence | undefined): boolean {
  if (!b) return true;
  return RANK[a.grade] > RANK[b.grade] || (a.grade === b.grade && a.score > b.score);
}

/**
 * The stronger of two pieces of evidence for one occupation. Literal words for part of the
 * query and a sure reading of more of it name the same trade: the literal evidence accounts
 * for what the reading does (搬家 in 搬家功, read whole as 搬家工).
 */
export function stronger(a: Evidence, b: Evidence | undefined): Evidence {
  if (!b) return a;
  const [win, other] = outranks(a, b) ? [a, b] : [b, a];
  return win.grade === 'literal' && other.grade === 'sure' && other.coverage > win.coverage
    ? { ...win, coverage: other.coverage }
    : win;
}

/** A guess beats literal words only when it accounts for this much more of the query (挖掘鸡司机 is not just 司机). */
export const COVERAGE_MARGIN = 0.25;

/**
 * Whether a reading accounts for clearly less of the query than the one chosen: it does not
 * answer beside it (做饭 of 保洁做饭都行, when the nanny's words cover it all).
 */
export const coversLess = (e: Evidence, chosen: Evidence): boolean => e.coverage + COVERAGE_MARGIN <= chosen.coverage;

/**
 * The reading a query rests on: the best literal evidence, unless a sure guess accounts for
 * clearly more of what was typed; else the best guess.
 */
export function decide<K>(evidence: ReadonlyMap<K, Evidence>): [K, Evidence] | undefined {
  let literal: [K, Evidence] | undefined;
  let guess: [K, Evidence] | undefined;
  for (const entry of evidence) {
    if (entry[1].grade === 'literal') {
      if (outranks(entry[1], literal?.[1])) literal = entry;
    } else if (outranks(entry[1], guess?.[1])) guess = entry;
  }
  if (!literal) return guess;
  // Of two answers, one accounting for clearly more of the query (看娃娃 read in 娃娃看护, not 看护).
  for (const entry of evidence)
    if (entry[1].grade === 'literal' && entry[1].coverage >= literal[1].coverage + COVERAGE_MARGIN) literal = entry;
  const guessWins = guess?.[1].grade === 'sure' && guess[1].coverage >= literal[1].coverage + COVERAGE_MARGIN;
  return guessWins ? guess : literal;
}
