/**
 * What occupation does a piece of text name? Query pieces become probes (hanzi, typed pinyin,
 * English), and each probe is scored against every term of the occupation dictionary and
 * against the occupation names found in the indexed jobs.
 */
import { OCCUPATIONS } from '../../src/core/occupations/index';
import { COVERAGE_MARGIN, type Evidence, gradeOf, stronger } from './evidence';
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
  /** Share of the query a reading built from some of its words accounts for (杀猪 in 猪杀牛宰都会). */
  share?: number;
  /** An occupation whose own verb was typed with an object the dictionary does not know (焊钢管). */
  trade?: string;
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

/** Whether a probe reads words as typed together, not a reading put together from words apart. */
export const typedTogether = (p: Probe): boolean => p.share === undefined;

/**
 * The best evidence for every occupation code the probes name (codes not named are absent).
 * Readings put together from words apart (verbObjectProbes) count when the words as typed
 * answer nothing, or answer less of the query by far.
 */
export function scoreOccupations(probes: readonly Probe[]): Map<string, Evidence> {
  const together = probes.filter(typedTogether);
  const best = scoreProbes(together, probes);
  // Only a reading that accounts for clearly more of the query than any answer (娃娃看护 is
  // more than 看护): 开插车 is 开叉车 misheard, not 开…车.
  // A guess from words apart does not outdo words as typed that are too few to answer (手工活 …
  // 顾着娃 stays 手工活); it does outdo a sound read into a fragment (不制 as 布置).
  let answered = 0;
  let guessed = false;
  for (const e of best.values()) {
    if (e.grade === 'literal' || e.grade === 'sure') answered = Math.max(answered, e.coverage);
    if (e.grade === 'weak' && e.fit === 'literal') guessed = true;
  }
  if (together.length === probes.length || answered + COVERAGE_MARGIN > 1) return best;
  for (const [code, e] of scoreProbes(
    probes.filter((p) => !typedTogether(p)),
    probes,
  )) {
    const counts = e.grade === 'literal' ? e.coverage >= answered + COVERAGE_MARGIN : answered === 0 && !guessed;
    if (counts) best.set(code, stronger(e, best.get(code)));
  }
  return best;
}

/** Evidence from `run`, some of `all` (whose first probe of a typed piece is that piece as typed). */
function scoreProbes(probes: readonly Probe[], all: readonly Probe[]): Map<string, Evidence> {
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
    const coverage = jointCoverage(all, e.typed, words);
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
    if (!probe.trade) continue;
    // The verb says the trade; the object is not the dictionary's: offered, not answered.
    const facts = { score: TRADE_VERB_SCORE, fit: 'near', how: 'partial', coverage: probe.share ?? 1 } as const;
    const grade = gradeOf(facts);
    const name = OCCUPATIONS.find((o) => o.code === probe.trade)?.name;
    if (grade && name) raise(probe.trade, { ...facts, typed: probe.typed, as: name, grade });
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
const PERSON = [
  '师傅',
  '师父',
  '工人',
  '把式',
  '阿姨',
  '大姐',
  '大嫂',
  '大哥',
  '小哥',
  '大叔',
  '师',
  '佬',
  '匠',
  '工',
  '仔',
  '手',
  '员',
  '婆',
  '妹',
  '倌',
];

/**
 * The trade's names a word may mean with another person word after the same stem (泥水师傅 is
 * 泥水工, 护林工 护林员): none for a dictionary word, or a stem of one character (羊仔 is a lamb).
 */
export function otherPersonWords(text: string): string[] {
  if (TERM_KEYS.has(text)) return [];
  const person = PERSON.find((w) => text.endsWith(w) && text.length - w.length >= (CRAFT.has(w) ? 1 : 2));
  if (!person) return [];
  const stem = text.slice(0, -person.length);
  // The stem may itself be the work (修车 of 修车把式, not 车把式 inside it).
  return [stem, ...PERSON.map((w) => stem + w)].filter((t) => t !== text && NAMED.has(t));
}

/** Words for a craftsman, which follow a one-character trade too: 焊把式 is 焊工, 瓦佬 瓦工 (but 羊仔 is a lamb). */
const CRAFT: ReadonlySet<string> = new Set(['把式', '佬', '匠', '师傅', '师父']);

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

/**
 * Verbs of work, the way the dictionary's verb + object words begin (摘苹果, 擦玻璃, 杀猪,
 * 伺候老人). People say the object first or apart from its verb (苹果熟了 找人摘, 玻璃擦,
 * 猪杀 牛宰, 孩子没人看 找个阿姨白天带): a verb and an object of one such word, anywhere in the
 * query, read as that word.
 */
const WORK_VERBS = [
  ...'摘擦卸装搬扛抬背挑担扫洗刷刮抹砌焊缝剪修通补杀宰剃烤蒸炒切喂放赶撵养挤采割掰刨锄栽插看带哄守送拉开跑剥编铺贴扎绑盖端收种浇做管换拣分包码熨织绣拌和运卖巡值煮烧',
  ...['伺候', '照顾', '照看', '看护', '护理', '侍弄', '打扫', '清洗', '维修', '修理', '安装', '收拾'],
];

/** Whether a text holds a verb of work (摘, 采, 伺候…): it names work, not only goods. */
export const namesWork = (text: string): boolean => WORK_VERBS.some((verb) => text.includes(verb));

interface VerbWord {
  verb: string;
  term: string;
  code: string;
}

/** Dictionary words made of a work verb and its object, by object (猪 → 杀猪, 喂猪, 养猪…). */
const BY_OBJECT = new Map<string, VerbWord[]>();
/** The same by verb, for verbs that belong to one trade (焊, 砌, 缝). */
const BY_VERB = new Map<string, VerbWord[]>();
for (const t of TERMS) {
  if (t.factor < 0.99) continue;
  const text = t.phrase.text;
  for (const verb of WORK_VERBS) {
    const object = text.slice(verb.length);
    if (!text.startsWith(verb) || object.length === 0 || object.length > 3 || WORK_VERBS.includes(object)) continue;
    // 维修工 is a worker, not 维修 done to 工.
    if (PERSON.some((w) => object.endsWith(w))) continue;
    const word = { verb, term: text, code: t.code };
    BY_OBJECT.set(object, [...(BY_OBJECT.get(object) ?? []), word]);
    BY_VERB.set(verb, [...(BY_VERB.get(verb) ?? []), word]);
  }
}

/** The trade most of these words belong to, when at least `least` of them and four in five do. */
function dominant(words: readonly VerbWord[] | undefined, least: number): VerbWord | undefined {
  if (!words || words.length < least) return undefined;
  if (!dominance.has(words)) dominance.set(words, mostOf(words));
  return dominance.get(words);
}
/** The dictionary's lists never change: each list's trade is counted once. */
const dominance = new WeakMap<readonly VerbWord[], VerbWord | undefined>();

function mostOf(words: readonly VerbWord[]): VerbWord | undefined {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w.code, (counts.get(w.code) ?? 0) + 1);
  const [code, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return n >= 0.8 * words.length ? words.find((w) => w.code === code) : undefined;
}

/** What a verb of one trade with an object the dictionary lacks scores: a "did you mean". */
const TRADE_VERB_SCORE = 0.6;
/** Readings put together from words apart count a little less than the words typed together. */
const APART = 0.9;

/**
 * The one trade an object's words belong to, when the verb typed is akin to one of their verbs
 * (看护 and 照看 to 看 of 看娃娃): 卖货 is no 卸货, and 大棚里摘黄瓜 no 种大棚.
 */
function kindred(words: readonly VerbWord[], verb: string): VerbWord | undefined {
  const trade = dominant(words, 2);
  return trade && words.some((w) => w.code === trade.code && [...w.verb].some((ch) => verb.includes(ch)))
    ? trade
    : undefined;
}

const WORK_VERB_SET: ReadonlySet<string> = new Set(WORK_VERBS);
const LONGEST_WORD = Math.max(...TERMS.map((t) => t.phrase.text.length));

/** Where the words of a set stand in a text, each of `min` to `max` characters. */
function spansOf(text: string, words: { has(word: string): boolean }, min: number, max: number): Span[] {
  const out: Span[] = [];
  for (let at = 0; at < text.length; at++)
    for (let length = min; length <= max && at + length <= text.length; length++) {
      const word = text.slice(at, at + length);
      if (words.has(word)) out.push({ word, at, length });
    }
  return out;
}

interface Span {
  word: string;
  at: number;
  length: number;
}

export function verbObjectProbes(text: string): Probe[] {
  if (TERM_KEYS.has(text)) return [];
  const verbSpans = spansOf(text, WORK_VERB_SET, 1, 2);
  if (verbSpans.length === 0) return [];
  // A verb or an object inside a longer word as typed is part of that word: 车 of 叉车, 打 of 打扫.
  const words = [...spansOf(text, TERM_KEYS, 2, LONGEST_WORD), ...verbSpans];
  const free = (s: Span) =>
    !words.some((w) => w.at <= s.at && s.at + s.length <= w.at + w.length && w.length > s.length);
  const verbs = verbSpans.filter(free);
  if (verbs.length === 0) return [];
  /** By trade: the word read, and the characters its verbs and objects cover (杀猪 and 宰牛 together). */
  const found = new Map<string, { term: string; chars: Set<number> }>();
  const cover = (word: VerbWord, ...spans: Span[]) => {
    const reading = found.get(word.code) ?? { term: word.term, chars: new Set<number>() };
    for (const { at, length } of spans) for (let i = at; i < at + length; i++) reading.chars.add(i);
    found.set(word.code, reading);
  };
  for (const o of spansOf(text, BY_OBJECT, 1, 3)) {
    if (!free(o)) continue;
    const objectWords = BY_OBJECT.get(o.word)!;
    for (const v of verbs) {
      if (v.at < o.at + o.length && o.at < v.at + v.length) continue;
      const own = objectWords.find((w) => w.verb === v.word);
      // The word as typed (擦玻璃) is read literally already.
      if (own && v.at + v.length === o.at) continue;
      const trade = own ?? kindred(objectWords, v.word);
      if (trade) cover(trade, v, o);
    }
  }
  const probes = [...found.values()].map(({ term, chars }) => ({
    ...hanProbe(term, APART),
    typed: text,
    share: Math.min(1, chars.size / text.length),
  }));
  if (probes.length > 0) return probes;
  // A verb of one trade before an object of a few characters ending the query (焊钢管, 缝被子).
  const end = verbs.find((v) => v.at + v.length < text.length && text.length - v.at - v.length <= 3);
  const trade = end && dominant(BY_VERB.get(end.word), 3);
  return trade && end
    ? [{ typed: text, trade: trade.code, factor: 1, share: (text.length - end.at) / text.length }]
    : [];
}

/**
 * Verbs of a trade as regions say them: 畜猪 (Hakka) is 养猪, 掌牛 放牛, 掐茶 采茶, 执货
 * (Cantonese) 拣货, 捉漏 (Wu) 补漏, 侍弄庄稼 (northern) 种庄稼, 弄菜 (south-west) 做菜. Each
 * is read as its Mandarin verb only where that makes a dictionary word with what follows, and
 * only when the words as typed answer less (掌勺 stays a cook).
 */
const REGIONAL_VERBS: readonly [string, string][] = [
  ['侍弄', '种'],
  ['拾掇', '收拾'],
  ['畜', '养'],
  ['掌', '放'],
  ['掐', '采'],
  ['执', '拣'],
  ['捉', '补'],
  ['髹', '刷'],
  ['领', '带'],
  ['凑', '带'],
  ['莳', '插'],
  ['弄', '做'],
];

export function regionalVerbProbes(text: string): Probe[] {
  const probes: Probe[] = [];
  for (const [regional, verb] of REGIONAL_VERBS) {
    const at = text.indexOf(regional);
    if (at < 0) continue;
    const read = text.slice(0, at) + verb + text.slice(at + regional.length);
    // The verb must begin a dictionary word there (掐茶 → 采茶), not merely stand in the text.
    const word = spansOf(read, TERM_KEYS, verb.length + 1, LONGEST_WORD).find((s) => s.at === at);
    if (word)
      probes.push({
        ...hanProbe(word.word, APART),
        typed: text,
        share: Math.min(1, (word.length - verb.length + regional.length) / text.length),
      });
  }
  return probes;
}

/**
 * A trouble at home said instead of the trade that mends it (楼顶漏雨了, 厕所堵了 通一下, 家里灯
 * 不亮): offered as that trade ("你是不是要找 防水工"), never answered.
 */
const TROUBLES: readonly [RegExp, string][] = [
  [/漏雨|屋顶漏|房顶漏|楼顶漏|墙(?:面|上)?渗水/, 'waterproofer'],
  [/(?:厕所|马桶|下水道?|水管|水池|地漏)(?:又|老是)?(?:堵|漏水|不通|爆)|水龙头坏|漏水/, 'plumber'],
  [/灯不亮|跳闸|没电了|停电了|插座(?:坏|没电)|电线(?:老化|短路)/, 'electrician'],
];

export function troubleProbes(text: string): Probe[] {
  return TROUBLES.filter(([said]) => said.test(text)).map(([, trade]) => ({ typed: text, trade, factor: 1, share: 1 }));
}
