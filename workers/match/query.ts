/**
 * Query understanding: splits what was typed into pay terms (日结, 包吃住, 200一天), places
 * (总寨, naiman) and the rest, which names an occupation and is read as probes.
 */
import {
  hanProbe,
  isLicenceClass,
  latinProbe,
  licenceClassesOf,
  licenceProbe,
  mixedProbe,
  namesWork,
  otherPersonWords,
  type Probe,
  regionalVerbProbes,
  TERM_KEYS,
  troubleProbes,
  verbObjectProbes,
} from './concepts';
import { WRITTEN_PERKS } from './perks';
import type { Gazetteer } from './places';
import type { Perk, PayPeriod, WageUnit } from './types';

export interface WageWish {
  amount: number;
  unit: Exclude<WageUnit, 'piece'>;
}

export interface ParsedQuery {
  /** Place ids named in the query (any level). */
  places: number[];
  /**
   * The same, per name typed: 治安镇 保乐村 is two names, 义隆永 one naming a town and a
   * village. A job in the places of more of them is where the query means (保乐村 of 治安镇).
   */
  placeNames: number[][];
  payPeriod?: PayPeriod;
  wage?: WageWish;
  perks: Perk[];
  /** Hanzi left once places and pay terms are gone, for occupation and title matching. */
  han: string[];
  probes: Probe[];
  /** Whether anything is left to name an occupation (words, not only places and pay terms). */
  hasWords: boolean;
  /** Whether the query asks for anything at all (words, a place, pay terms): 你好 and 1111 do not. */
  asks: boolean;
  /** The searcher is not looking for work (点外卖, 快递查询): nothing is an answer. */
  notWork: boolean;
}

const PAY_PERIODS: [RegExp, PayPeriod][] = [
  [/[干做]一天结一天|当[天日]结|日结|天结|天天结|现结|日清|按天结|一天一结|干完就结|做完就结/g, 'daily'],
  [/周结|按周结|一周一结/g, 'weekly'],
  [/月结|按月结|一月一结|按月发/g, 'monthly'],
];

/** A question about the pay, which asks for no particular wage: 发传单一天多少钱, 茶叶采 一斤多少钱 (a piece rate). */
const PAY_QUESTION =
  /(?:一天|每天|一个月|每月|一月|一小时|[一每](?:斤|亩|件|箱|袋|吨|方|平))?(?:给|能挣|挣)?多少钱(?:一天|一个月|一月|[一每](?:斤|亩|件|箱|袋|吨|方|平))?|(?:工资|工钱|待遇)(?:多少|咋样|怎么样)/g;

/** Words that carry no occupation: "我想找个保洁的活" is a query for 保洁, "那个保结阿姨的活有吗" for 保结阿姨. */
const FILLER_ANYWHERE =
  /招聘|急招|附近的?|周边的?|周围的?|有没有|有没得|有冇|哪里有|哪有|哪儿有|哪里招|边度有?|中不中|求职|兼职|临时工|长期|全职|请问|麻烦你?|谢谢|你好|帮我|帮忙/g;
// 的 is left before 哥, 士 and 姐: 的哥 is a taxi driver. 干 and 做 alone begin aliases (干农活, 做饭).
// 俺, 额, 阿拉 and 咱 are "I" in the north, the north-west and Shanghai; 寻 is 找 in the north-west;
// 请 before a job is "hiring" (边度请楼面).
// 个, 份 and 一下 are left by 找 (我想找个…); 招 begins an employer's ad; 当 a wish (我想当保安);
// 在 a place of work (在工地上班), not 在家.
const FILLER_START =
  /^(?:呃|嗯|啊|那个|这个|就是|俺|额|阿拉(?!善)|咱|我想找|我要找|想找|我想干|我想做|我要干|我要做|我是干|我是做|想干|想做|我会|我能|我要|我想|找工作|找工(?![地厂程])|找活|找一个|找一份|找个|找份|寻个|寻|想(?=[寻找干做去当])|去(?=.{2})|一个|一份|一下|找|求|请(?=.{2})|的(?![哥士姐])|有(?![机色线])(?=.{2})|[个份](?=.{2})|招(?![待商牌])(?=.{2})|当(?![地天时年场])(?=.{2})|在(?!家)(?=.{2}))/;
// 吧 and 行 only after other fillers: 网吧 and 银行 are words. 活路 is "work" in the south-west.
const FILLER_END =
  /(?:的活儿?吧?|的活路|活路|的工作吧?|工作吧?|活儿|的|有吗|吗|呢|啊|呀|招人|要人|有人要|可以吗|行不行|行吗|也行|都行|都会|都能弄|都能干|都能做|也能干|能干|上班)$/;
/** 儿 as a spoken suffix ending a word (带娃儿, 扛大个儿), not in words with it (婴儿, 育儿嫂, 女儿). */
const ERHUA = /(?<=\p{Script=Han})(?<![婴幼育女孤胎患托男健宠])儿(?=$|的|吧|呢|吗)/gu;

function withoutFillers(piece: string): string {
  let text = piece.replace(ERHUA, '').replace(PAY_QUESTION, '').replace(FILLER_ANYWHERE, '');
  // A dictionary word is never cut (厂里上班, 在家做手工 are words of the work).
  for (let before = ''; before !== text && !TERM_KEYS.has(text); ) {
    before = text;
    text = text.replace(FILLER_START, '').replace(FILLER_END, '');
  }
  return text;
}

/**
 * Words of someone who is not looking for work: a customer's (点外卖, 快递查询, 吊车出租), a
 * learner's (驾校报名), a buyer's (报价, 玩具挖掘机) or a worker's with a grievance (工资没发,
 * 讨薪), which a job list does not answer. Not 培训 or 工伤: seekers ask for training and insurance.
 */
const NOT_WORK =
  /查询|查件|单号|寄快递|寄件|取快递|取件|快递费|运费|快递柜|点外卖|订外卖|叫外卖|外卖券|优惠券|红包|团购|下单|考试|驾校|培训班|学费|价格|报价|费用|收费标准|(?<![天月时给挣])多少钱(?!一天|一个月|一月)|投诉|退款|租赁|(?<!开)出租(?![车屋房])|^租车|打车|模型(?!厂)|玩具(?!厂)|讨薪|工资没发|仲裁|股票|股价|基金|理财|贷款|彩票/;

/**
 * A piece rate asked (一斤多少钱, 多少钱一吨): a pay question when work is named (茶叶采 一斤多少钱,
 * 摘茶叶多少钱一斤), a buyer's when only goods are (水泥多少钱一吨, 白菜多少钱一斤).
 */
const PIECE_RATE = /[一每][斤亩件箱袋吨方平]多少钱|多少钱[一每][斤亩件箱袋吨方平]/g;

/**
 * Things, not work: a job word followed by the thing it is used on or for (木工板, 保姆车,
 * 电焊机, 保安服). A dictionary term with one of these after it, the whole not a term itself.
 */
const THING_TAIL = /[板车机器票卡价膜料服鞋帽剂粉刀具书]$/;
const namesAThing = (piece: string): boolean =>
  piece.length >= 3 && THING_TAIL.test(piece) && !TERM_KEYS.has(piece) && TERM_KEYS.has(piece.slice(0, -1));

/**
 * Characters of Cantonese and Wu said in Mandarin: 揸车 is 开车, 汏碗 洗碗, 揩玻璃 擦玻璃, 揾工 (搵工)
 * 找工, 劏鸡 杀鸡; 嘅 is 的 and 喺 在, so the fillers they stand for go too. Not 睇 (看): the
 * dictionary has its words (睇场, 睇铺).
 */
const DIALECT_CHARS: Record<string, string> = {
  揸: '开',
  汏: '洗',
  揩: '擦',
  揾: '找',
  搵: '找',
  劏: '杀',
  嘅: '的',
  喺: '在',
};
const DIALECT_CHAR = new RegExp(`[${Object.keys(DIALECT_CHARS).join('')}]`, 'g');

/**
 * Licence classes as typed: driving ("B2", "b2驾照", "A2本"; their digit is not a wage), the
 * forklift's N1 ("N1证"), and a driving class's letter alone ("A照", "B本": any A or B class).
 */
const LICENCE = /(?<![a-z0-9])(?:([abc][1-3]|n1)(?![0-9])(?:驾照|驾驶证|驾驶本|本|照|证)?|([ab])(?:驾照|照|本))/g;

const CN_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** "两百" → 200, "三千五" → 3500 (a trailing digit takes the next smaller unit). */
function chineseNumber(s: string): number {
  let total = 0;
  let digit = 0;
  let lastUnit = 1;
  for (const ch of s) {
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch];
    else {
      const unit = CN_UNITS[ch];
      total += (digit || 1) * unit;
      digit = 0;
      lastUnit = unit;
    }
  }
  return total + (digit ? digit * (lastUnit / 10 || 1) : 0);
}

const DAY = '(?:一天|每天|/天|／天|天|日薪|日工资|一日|每日|/日)';
const MONTH = '(?:一个月|每个月|每月|一月|/月|月薪|月工资|月收入|月入|个月|月)';
const HOUR = '(?:一小时|每小时|/小时|小时|时薪|/时)';
/** Between a period and its amount: 一天给两百, 一个月能挣五千. */
const EARNS = '(?:能挣|能拿|能赚|能给|挣|拿|赚|给|开|发)?';
/** A range asks for its lower end: 四千到五千 is at least 4000 (the rest is consumed, not read as words). */
const NUM =
  '(\\d+(?:\\.\\d+)?)\\s*([kK千万])?\\s*(?:元|块钱|块)?(?:\\s*(?:到|至|-|~|－|—)\\s*\\d+(?:\\.\\d+)?\\s*[kK千万]?\\s*(?:元|块钱|块)?)?';
const WAGE_PATTERNS: [RegExp, WageWish['unit'] | undefined][] = [
  [new RegExp(`${DAY}\\s*${EARNS}\\s*${NUM}`), 'day'],
  [new RegExp(`${MONTH}\\s*${EARNS}\\s*${NUM}`), 'month'],
  [new RegExp(`${HOUR}\\s*${EARNS}\\s*${NUM}`), 'hour'],
  [new RegExp(`${NUM}\\s*${DAY}`), 'day'],
  [new RegExp(`${NUM}\\s*${MONTH}`), 'month'],
  [new RegExp(`${NUM}\\s*${HOUR}`), 'hour'],
  [new RegExp(`(?:工资|薪资|薪水|底薪)?\\s*${NUM}\\s*(?:以上|起)?`), undefined],
];

/** A wage asked for; `stated` when its unit was typed, not inferred from the amount alone. */
function takeWage(text: string): { wage?: WageWish; stated?: boolean; rest: string } {
  // 月入过万: ten thousand a month.
  if (/[过上破]万/.test(text))
    return {
      wage: { amount: 10000, unit: 'month' },
      stated: true,
      rest: text.replace(/(?:月入|月薪|工资)?[过上破]万/, ' '),
    };
  for (const [pattern, unit] of WAGE_PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const scale = m[2] === '万' ? 10000 : m[2] ? 1000 : 1;
    const amount = Number(m[1]) * scale;
    // A bare small number is part of something else (A2 驾照), not a wage.
    if (!(amount > 0) || (unit === undefined && amount < 10)) continue;
    // Without a unit, the size says it: 3000 is a month, 200 a day, 20 an hour.
    const inferred = unit ?? (amount >= 1000 ? 'month' : amount >= 60 ? 'day' : 'hour');
    const stated = unit !== undefined || /以上|起|工资|薪/.test(m[0]);
    return { wage: { amount, unit: inferred }, stated, rest: text.replace(m[0], ' ') };
  }
  return { rest: text };
}

interface Piece {
  han: boolean;
  text: string;
  start: number;
  /** Set when the piece held a place name. */
  place?: boolean;
  /** Hanzi left around the places it held. */
  rest?: string[];
}

/** Hanzi runs and Latin words, in typed order; everything else separates. */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const m of text.matchAll(/(\p{Script=Han}+)|([a-z]+)/gu))
    out.push({ han: m[1] !== undefined, text: m[0], start: m.index });
  return out;
}

/** Hanzi and pinyin typed as one word ("叉che司机", "zhibo带货", "dian 工"), places aside. */
function mixedRuns(parts: readonly Piece[], text: string): Piece[][] {
  const runs: Piece[][] = [];
  let run: Piece[] = [];
  const close = () => {
    if (run.some((p) => p.han) && run.some((p) => !p.han) && !run.some((p) => p.place)) runs.push(run);
    run = [];
  };
  for (const part of parts) {
    const last = run.at(-1);
    // Spaces do not part them ("dian 工"); anything else does.
    if (last && !/^\s*$/.test(text.slice(last.start + last.text.length, part.start))) close();
    run.push(part);
  }
  close();
  return runs;
}

const LONGEST_TERM = Math.max(...[...TERM_KEYS].map((k) => k.length));

/** Whether a place name at `start` is the beginning of a longer dictionary word (治安 of 治安员). */
function startsTerm(run: string, start: number, placeLength: number): boolean {
  for (let end = Math.min(run.length, start + LONGEST_TERM); end > start + placeLength; end--)
    if (TERM_KEYS.has(run.slice(start, end))) return true;
  return false;
}

/** Takes place names out of a hanzi run, longest first from the left; not the start of a job word. */
function takeHanPlaces(run: string, gazetteer: Gazetteer, names: number[][]): string[] {
  const rest: string[] = [];
  let start = 0;
  let i = 0;
  while (i < run.length) {
    let found = 0;
    for (let len = Math.min(gazetteer.maxKeyLength, run.length - i); len >= 2; len--) {
      const ids = gazetteer.lookup(run.slice(i, i + len));
      if (ids.length === 0 || startsTerm(run, i, len)) continue;
      names.push(ids);
      found = len;
      break;
    }
    if (found) {
      if (i > start) rest.push(run.slice(start, i));
      i += found;
      start = i;
    } else i++;
  }
  if (start < run.length) rest.push(run.slice(start));
  return rest;
}

/**
 * Words for the person or their rank, typed apart from the work, which name no trade: 学徒 of
 * 汽秀 学徒 is not 电工学徒, 师傅 of 水管漏水 找师傅 no 厨师傅 (nor a title with 师傅 in it).
 */
const PERSON_ALONE = /^(?:学徒|师傅|工人|阿姨|孃孃|嬢嬢|大姐|大叔|大爷|大哥|小哥|人)$/;

/**
 * Where the work is done, said before it (医院故宫, 饭店吸烟工, 茶山掐茶, 馆子里弄菜的师傅), or a
 * bare "do" (做泥水师傅, 做铁工: 做 and 干 alone also begin words, 做饭, so they stay fillers
 * of no word): the work after it is read alone too, so a slip or a worker word after it is read
 * as typed. Not when a dictionary word begins there (工地小工, 停车场收费, 做饭).
 */
const WORKPLACE =
  /^(?:[做干搞](?!.$)|医院|饭店|饭馆|馆子|酒店|宾馆|旅馆|酒楼|茶楼|工地|工厂|厂里|厂子|车间|学校|食堂|饭堂|超市|商场|后厨|厨房|物业|小区|网店|仓库|货仓|村里|镇上|县城|城里|地里|田里|棚里|果园|茶山|茶园|猪场|牛场|鸡场|羊场|养殖场|屠宰场|停车场|车房|码头|矿上|屋顶|楼顶|店里)(?:里|上|的)?/;

/** A word for the worker or learner after the work (激发店学徒: 激发店 is 理发店 slipped on the keypad). */
const WORKER_AFTER = /(?:学徒|师傅|师父|工人|阿姨|大姐|大叔|大哥|小哥)$/;

/** The work inside a word: without a place of work or "do" before it, and also without a worker word after it. */
function workInside(word: string): string[] {
  if (TERM_KEYS.has(word)) return [];
  const lead = WORKPLACE.exec(word)?.[0] ?? '';
  const work = lead && !startsTerm(word, 0, lead.length) ? word.slice(lead.length) : word;
  const trail = WORKER_AFTER.exec(work)?.[0];
  const bare = trail && work.length - trail.length >= 2 ? work.slice(0, -trail.length) : work;
  return [...new Set([work, bare].map(withoutFillers))].filter((w) => w.length >= 2 && w !== word);
}

/** Names of villages and residents' communities. */
const VILLAGE = /(?:社区|居委会|委员会|嘎查|村)$/;

/**
 * Takes place names out of Latin words, a whole word each (naiman, zongzhai). Joining spaced
 * syllables would find places inside occupations: fang yang gong holds 杨公 (yang gong).
 */
function takeLatinPlaces(words: string[], gazetteer: Gazetteer, names: number[][]): string[] {
  // Syllables typed apart may spell a town or a bigger place where the words begin (xi ning
  // 保姆, nai man fang yang), the way people type a place before the work: only there (see
  // above), only before no word or two or more (xi wang gong is 洗碗工, not 希望社区 and gong),
  // and no village, whose names are everyday words (希望, 幸福, 光明).
  let start = 0;
  for (let n = Math.min(4, words.length); n >= 2 && start === 0; n--) {
    if (words.length - n === 1) continue;
    const ids = gazetteer.lookup(words.slice(0, n).join('')).filter((id) => !VILLAGE.test(gazetteer.names[id]));
    if (ids.length > 0) {
      names.push(ids);
      start = n;
    }
  }
  return words.slice(start).filter((w) => {
    const ids = gazetteer.lookup(w);
    if (ids.length > 0) names.push(ids);
    return ids.length === 0;
  });
}

export function parseQuery(input: string, gazetteer: Gazetteer): ParsedQuery {
  let text = input
    .normalize('NFKC')
    .toLowerCase()
    .replace(DIALECT_CHAR, (ch) => DIALECT_CHARS[ch]);
  // 两百五 is 250, but 两百一天 200 a day: a digit before a period word begins it.
  text = text.replace(
    /[零一二两三四五六七八九十百千万]*[十百千万](?:[零一二两三四五六七八九](?![个天月日年小周]))?/g,
    (m) => (m.length >= 2 ? String(chineseNumber(m)) : m),
  );

  let payPeriod: PayPeriod | undefined;
  for (const [pattern, period] of PAY_PERIODS) {
    text = text.replace(pattern, () => {
      payPeriod ??= period;
      return ' ';
    });
  }
  const perks = new Set<Perk>();
  for (const [pattern, list] of WRITTEN_PERKS) {
    text = text.replace(pattern, () => {
      for (const p of list) perks.add(p);
      return ' ';
    });
  }
  // 不包住 asks for nothing, and names no occupation.
  text = text.replace(/[不无没][包管供](?:吃住|食宿|吃|住宿?|饭|三餐|餐)?/g, ' ');
  const licences: string[] = [];
  text = text.replace(LICENCE, (m, cls: string | undefined, letter: string | undefined) => {
    const classes = cls ? [cls.toUpperCase()].filter(isLicenceClass) : licenceClassesOf(letter!.toUpperCase());
    if (classes.length === 0) return m;
    licences.push(...classes);
    return ' ';
  });
  // An age (60岁能干, 50岁以下) is no wage.
  text = text.replace(/\d+多?岁(?:以[上下内]|左右)?/g, ' ');
  const { wage, stated, rest } = takeWage(text);
  text = rest;

  const placeNames: number[][] = [];
  const parts = pieces(text);
  const han: string[] = [];
  const latin: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].han) {
      const rest = takeHanPlaces(parts[i].text, gazetteer, placeNames);
      parts[i].place = rest.length !== 1 || rest[0] !== parts[i].text;
      parts[i].rest = rest;
      continue;
    }
    const words: Piece[] = [];
    while (i < parts.length && !parts[i].han) words.push(parts[i++]);
    i--;
    const kept = takeLatinPlaces(
      words.map((w) => w.text),
      gazetteer,
      placeNames,
    );
    for (const w of words) w.place = !kept.includes(w.text);
  }
  // Pieces of a word typed half in pinyin are read together, not as words of their own.
  const mixed = mixedRuns(parts, text).flatMap((run) => {
    const probe = mixedProbe(run);
    return probe ? [{ run, probe }] : [];
  });
  const inRun = new Set(mixed.flatMap((m) => m.run));
  for (const part of parts) {
    if (inRun.has(part)) continue;
    if (part.han) han.push(...(part.rest ?? []));
    else if (!part.place) latin.push(part.text);
  }

  const words = han.map(withoutFillers).filter((h) => h.length > 0);
  // Latin words name the work too (baojei 阿姨).
  const cleaned =
    latin.length > 0 || words.some((h) => !PERSON_ALONE.test(h)) ? words.filter((h) => !PERSON_ALONE.test(h)) : words;
  const probes = [...probesFor(cleaned, latin), ...mixed.map((m) => m.probe), ...licences.map(licenceProbe)];
  const places = new Set(placeNames.flat());
  return {
    places: [...places],
    placeNames,
    payPeriod,
    wage,
    perks: [...perks],
    han: cleaned,
    probes,
    hasWords: probes.length > 0,
    // A number alone (1111) is no wage wish: nothing says it is one.
    asks: probes.length > 0 || places.size > 0 || payPeriod !== undefined || perks.size > 0 || stated === true,
    notWork: NOT_WORK.test(namesWork(input) ? input.replace(PIECE_RATE, '') : input) || cleaned.some(namesAThing),
  };
}

/**
 * Several hanzi pieces are read together and alone ("保洁 阿姨" is one phrase; "电工 焊工" two
 * wishes); Latin words are one probe, pinyin joined, English kept as words.
 */
function probesFor(han: string[], latin: string[]): Probe[] {
  const probes: Probe[] = [];
  if (han.length > 0) probes.push(hanProbe(han.join('')));
  if (han.length > 1) for (const h of han) probes.push(hanProbe(h, 0.95));
  // 泥水师傅 is read as 泥水工 too, as typed: the same trade with another word for its worker.
  for (const h of han.length > 1 ? [han.join(''), ...han] : han)
    for (const word of otherPersonWords(h)) probes.push({ ...hanProbe(word, 0.97), typed: h });
  for (const h of han) {
    for (const work of workInside(h)) {
      const share = work.length / h.length;
      probes.push({ ...hanProbe(work, 0.95), typed: work, share });
      for (const word of otherPersonWords(work)) probes.push({ ...hanProbe(word, 0.95), typed: work, share });
    }
  }
  if (han.length > 0)
    probes.push(...verbObjectProbes(han.join('')), ...regionalVerbProbes(han.join('')), ...troubleProbes(han.join('')));
  if (latin.length > 0) probes.push(latinProbe(latin));
  return probes;
}
