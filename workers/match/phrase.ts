/**
 * A phrase is a short text seen as a row of sounds: each unit has its character (when typed
 * in hanzi), its readings and their loose forms. Comparing two phrases unit by unit gives
 * one similarity for hanzi, homophone typos and typed pinyin alike.
 */
import occupationPinyin from '../../src/core/occupations/pinyin.generated.json';
import { LITERAL_COVERAGE } from './evidence';
import { isHan, loose, readings } from './pinyin';

export interface Unit {
  ch?: string;
  syl: readonly string[];
  loose: readonly string[];
  /** Informativeness: rare sounds say more than 工 or 员. */
  w: number;
}

export interface Phrase {
  text: string;
  units: Unit[];
  /** Sum of unit weights. */
  weight: number;
  /** Primary pinyin without spaces, e.g. "baojieyuan"; for typo distance. */
  letters: string;
  /** First letters, e.g. "bjy". */
  initials: string;
  /** Its hanzi in order; '' for typed pinyin. */
  han: string;
  /** Which of a–z `letters` holds, one bit each (letterMask). */
  letterMask: number;
}

const dictPinyin = occupationPinyin as Record<string, string>;

/** Inverse document frequency of loose syllables over the dictionary's terms. */
const syllableWeight = (() => {
  const df = new Map<string, number>();
  let n = 0;
  for (const text of Object.keys(dictPinyin)) {
    n++;
    for (const s of new Set(dictPinyin[text].split(' ').map(loose))) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  for (const [s, d] of df) weights.set(s, Math.log(1 + n / d));
  const unseen = Math.log(1 + n);
  return (looseSyllable: string) => weights.get(looseSyllable) ?? unseen;
})();

function unit(syl: readonly string[], ch?: string): Unit {
  const looseForms = [...new Set(syl.map(loose))];
  return { ch, syl, loose: looseForms, w: Math.max(...looseForms.map(syllableWeight)) };
}

function fromUnits(text: string, units: Unit[]): Phrase {
  let weight = 0;
  let letters = '';
  let initials = '';
  let han = '';
  for (const u of units) {
    weight += u.w;
    letters += u.syl[0];
    initials += u.syl[0][0];
    han += u.ch ?? '';
  }
  return { text, units, weight, letters, initials, han, letterMask: letterMask(letters) };
}

/** One bit per letter a–z present; other characters are left out. */
export function letterMask(letters: string): number {
  let mask = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) mask |= 1 << c;
  }
  return mask;
}

/** How many bits of x are set. */
export function popcount(x: number): number {
  let n = 0;
  for (let b = x; b; b &= b - 1) n++;
  return n;
}

/**
 * A phrase from hanzi (other characters are dropped). Dictionary terms use their generated
 * in-context pinyin only; other text reads each character from the table, all readings kept.
 */
export function hanPhrase(text: string): Phrase {
  const hanCount = [...text].filter(isHan).length;
  const generated = dictPinyin[text]?.split(' ');
  const known = generated?.length === hanCount ? generated : undefined;
  const units: Unit[] = [];
  let i = 0;
  for (const ch of text) {
    if (!isHan(ch)) continue;
    const table = readings(ch);
    const inContext = known?.[i];
    i++;
    // A dictionary term is said one way (放羊 is fang yang, though 羊 may also be read xiang).
    const syl = inContext ? [inContext] : table;
    units.push(syl ? unit(syl, ch) : { ch, syl: [''], loose: [''], w: syllableWeight('') });
  }
  return fromUnits(text, units);
}

/** A phrase from typed pinyin syllables (no characters). */
export function pinyinPhrase(text: string, syllables: readonly string[]): Phrase {
  return fromUnits(
    text,
    syllables.map((s) => unit([s])),
  );
}

/** Hanzi and typed pinyin in one word ("叉che司机"): their units in order, compared unit by unit. */
export function mixedPhrase(text: string, parts: readonly Phrase[]): Phrase {
  // No `han`: such a phrase is literal only where every unit matches as typed.
  return {
    ...fromUnits(
      text,
      parts.flatMap((p) => p.units),
    ),
    han: '',
  };
}

function unitMatch(q: Unit, p: Unit): number {
  if (q.ch !== undefined && q.ch === p.ch) return 1;
  const typed = q.ch === undefined;
  if (typed && p.syl.includes(q.syl[0])) return 1;
  // A character read by its usual sound is a likelier slip than by a rare one (价 is jia, seldom jie).
  if (p.syl.includes(q.syl[0])) return 0.85;
  for (const s of q.syl) if (s && p.syl.includes(s)) return 0.7;
  for (const s of q.loose) if (s && p.loose.includes(s)) return typed ? 0.85 : 0.6;
  return 0;
}

// Scratch rows for the dynamic programs below; phrases are short, queries are capped.
const MAX_LEN = 64;
let rowA = new Float64Array(MAX_LEN + 1);
let rowB = new Float64Array(MAX_LEN + 1);
const rows = [new Int32Array(MAX_LEN + 1), new Int32Array(MAX_LEN + 1), new Int32Array(MAX_LEN + 1)];

/** Weighted longest common subsequence of two unit rows. */
function commonWeight(q: Unit[], p: Unit[]): number {
  const cols = Math.min(p.length, MAX_LEN) + 1;
  let prev = rowA.fill(0, 0, cols);
  let cur = rowB.fill(0, 0, cols);
  for (let i = 0; i < q.length; i++) {
    for (let j = 1; j < cols; j++) {
      const m = unitMatch(q[i], p[j - 1]);
      const diag = m > 0 ? prev[j - 1] + m * Math.min(q[i].w, p[j - 1].w) : 0;
      cur[j] = Math.max(prev[j], cur[j - 1], diag);
    }
    [prev, cur] = [cur, prev];
    cur.fill(0, 0, cols);
  }
  [rowA, rowB] = [prev, cur];
  return prev[cols - 1];
}

/**
 * Best weight of the shorter phrase matched unit for unit by one contiguous stretch of the
 * longer: p read inside q ("保洁" in "保洁阿姨"), or q read inside p ("混凝土" in "打混凝土").
 * `exact` counts only units matched as typed (same character, or a typed syllable it reads as);
 * `slack` units may fail to match (外卖骑士 lines up with 外卖骑手 but for one unit).
 */
function windowWeight(q: Unit[], p: Unit[], exact = false, slack = 0): number {
  const qInside = q.length <= p.length;
  const [inner, outer] = qInside ? [q, p] : [p, q];
  let best = 0;
  for (let s = 0; s + inner.length <= outer.length; s++) {
    let sum = 0;
    let misses = 0;
    for (let j = 0; j < inner.length; j++) {
      const [qu, pu] = qInside ? [inner[j], outer[s + j]] : [outer[s + j], inner[j]];
      const m = unitMatch(qu, pu);
      if (m === 0 || (exact && m < 1)) {
        if (++misses > slack) {
          sum = 0;
          break;
        }
        continue;
      }
      sum += m * Math.min(qu.w, pu.w);
    }
    best = Math.max(best, sum);
  }
  return best;
}

/**
 * How a query phrase q meets a phrase p, strongest first:
 *  - literal: one holds the other as typed (保洁 in 保洁阿姨, 汽修 in 汽修工, baojie in 保洁员);
 *  - whole: the shorter is read unit for unit in one stretch of the longer, some units by
 *    sound (保结 → 保洁, 挖掘鸡司机 → 挖掘机司机);
 *  - near: nearly so: every character of one is in the other, with gaps (编竹筐 holds 编…筐,
 *    挖掘司机 is in 挖掘机司机), or three or more units line up but for one (外卖骑士, 外卖骑手);
 *  - partial: they share some sounds and no more (月饼 and 月嫂).
 */
export type Fit = 'literal' | 'whole' | 'near' | 'partial';

export interface Comparison {
  /** How well q names p, in [0, 1]. */
  score: number;
  fit: Fit;
  /** Share of the query's weight the match accounts for. */
  coverage: number;
}

/** What a term found before the query's head is worth against one ending it: enough to drop out of the fit window. */
const MODIFIER_FACTOR = 0.8;

/** Shortest phrase that may be read with a gap or a unit amiss: two characters are too few to tell. */
const NEAR_MIN_UNITS = 3;

/** What p read whole inside a longer query scores, the query's other units typed as pinyin or as hanzi. */
const TYPED_AROUND = 0.8;
const HAN_AROUND = 0.86;

/**
 * The most `compare(q, p)` can score when the units of q sharing a sound with p weigh
 * `shared`: every unit q and p match on shares a sound, and adds at most its own weight.
 * Lets an index skip the many phrases that share only 工 or 员 with a query.
 */
export function compareBound(q: Phrase, p: Phrase, shared: number): number {
  const dice = (2 * shared) / (q.weight + p.weight);
  return q.units.length > p.units.length ? Math.max(dice, HAN_AROUND * Math.min(1, shared / p.weight)) : dice;
}

/**
 * The score is a weighted Dice overlap, and, when the query says more than p ("保洁阿姨" vs
 * "保洁"), how fully p appears in it as one stretch.
 */
export function compare(q: Phrase, p: Phrase): Comparison | undefined {
  if (q.units.length === 0 || p.units.length === 0) return undefined;
  const window = windowWeight(q.units, p.units);
  let common: number;
  let near = false;
  if (q.units.length < p.units.length) {
    // A shorter query must name one stretch of p (达图 is not 打…土 picked out of 打混凝土),
    // or nearly: all its characters in order, or all its units but one.
    common = window;
    if (common === 0 && q.han.length >= NEAR_MIN_UNITS && isSubsequence(q.han, p.han)) common = q.weight;
    if (common === 0 && q.units.length >= NEAR_MIN_UNITS) common = windowWeight(q.units, p.units, false, 1);
    near = common > 0 && window === 0;
  } else {
    common = commonWeight(q.units, p.units);
  }
  if (common === 0) return undefined;
  let score = (2 * common) / (q.weight + p.weight);
  if (q.units.length > p.units.length) {
    const covered = window / p.weight;
    // Typed syllables around a match are more likely a misread word than extra words.
    const factor = q.units[0].ch === undefined ? TYPED_AROUND : HAN_AROUND;
    if (covered >= 0.85) score = Math.max(score, factor * covered);
  }
  const coverage = Math.min(1, common / q.weight);
  // A term the query holds before its head names where or for whom (养殖场 in 养殖场瓦工, 快递
  // in 快递站分包裹): it counts for less than the term the query ends in. Only when it would
  // answer: a weak one already yields to any answer, and should not yield to a mere sound.
  if (
    coverage >= LITERAL_COVERAGE &&
    q.han &&
    p.han &&
    q.han.length > p.han.length &&
    q.han.includes(p.han) &&
    namesOnlyModifier(p.han, q.han)
  )
    score *= MODIFIER_FACTOR;
  // One character inside a longer word says little (低 in 低压电工).
  const inside = q.units.length >= 2 || q.units.length >= p.units.length;
  let fit: Fit = 'partial';
  if (
    q.han && p.han
      ? (inside && p.han.includes(q.han) && !namesOnlyModifier(q.han, p.han)) || q.han.includes(p.han)
      : inside && windowWeight(q.units, p.units, true) > 0
  )
    fit = 'literal';
  else if (q.han && p.han && inside && p.han.includes(q.han)) fit = 'near';
  else if (window > 0) fit = 'whole';
  else if (
    near ||
    (q.han && isSubsequence(p.han, q.han)) ||
    (Math.min(q.units.length, p.units.length) >= NEAR_MIN_UNITS && windowWeight(q.units, p.units, false, 1) > 0)
  )
    fit = 'near';
  return { score, fit, coverage };
}

/**
 * What may follow a word in a trade's name without changing the trade: 保洁 is 保洁员, 保洁阿姨;
 * 厨房 is 厨房小工 and 婚宴 婚宴帮工, the helper there.
 */
const PERSON_SUFFIX =
  /^(?:工人?|员|师傅?|佬|匠|手|司机|阿姨|大姐|大叔|大爷|学徒|小哥|哥|姐|嫂|工作|活儿?|帮工|帮手|小工|杂工|服务员)$/;

/**
 * A Chinese compound ends in its head: 抖音 in 抖音带货, 超市 in 超市收银员 or 医院 in 医院陪护
 * name where the work is, not the work. Such a query is offered the term, not answered by it.
 */
function namesOnlyModifier(q: string, p: string): boolean {
  const rest = p.slice(p.lastIndexOf(q) + q.length);
  return rest.length > 0 && !PERSON_SUFFIX.test(rest);
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return short.length > 0 && i === short.length;
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), on three rolling rows. */
export function editDistance(a: string, b: string): number {
  const m = Math.min(a.length, MAX_LEN);
  const n = Math.min(b.length, MAX_LEN);
  let [before, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2] + 1);
      cur[j] = v;
    }
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[n];
}

/** Letters typed this much like a phrase's pinyin read as a slip of the finger. */
const TYPO_SIMILARITY = 0.75;

/** A reading of typed letters: by first letters ("bjy") or as a slip of the finger ("baojeiyuan"). */
export interface LetterMatch {
  score: number;
  how: 'initials' | 'typo';
}

/**
 * Typed letters against a phrase's pinyin, for what the syllable view cannot read: letter
 * typos ("baojeiyuan", "bamgchu") and initials ("bjy"). Raw letters: a typo is a slip of the
 * finger, not of the ear, so loose forms would only blur the distance.
 */
export function letterSimilarity(letters: string, p: Phrase, mask = letterMask(letters)): LetterMatch | undefined {
  if (p.letters.length === 0) return undefined;
  if (letters.length >= 2 && letters.length <= 6 && letters === p.initials) return { score: 0.9, how: 'initials' };
  const b = p.letters;
  if (letters.length >= 4 && Math.abs(letters.length - b.length) <= 2) {
    const longest = Math.max(letters.length, b.length);
    // Each letter one side has and the other lacks costs an edit: most pairs end here, before the distance.
    const fewestEdits = Math.max(popcount(mask & ~p.letterMask), popcount(p.letterMask & ~mask));
    if (fewestEdits > (1 - TYPO_SIMILARITY) * longest) return undefined;
    const sim = 1 - editDistance(letters, b) / longest;
    if (sim >= TYPO_SIMILARITY) return { score: 0.95 * sim, how: 'typo' };
  }
  return undefined;
}
