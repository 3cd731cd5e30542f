/**
 * Domain rules that more than one mutator needs: status state machines and the check of
 * posting wording for discrimination and fees (the #1 complaint about job platforms is
 * upfront fees; requirements of gender, ethnicity, origin or health are unlawful).
 */
import {
  type ApplicationStatus,
  type JobStatus,
  type PayPeriod,
  POSTING_FLAGS,
  type PostingFlag,
  type WageUnit,
} from './records';

/** One thing the check found: its kind and the words as the posting has them. */
export interface PostingFinding {
  flag: PostingFlag;
  found: string;
}

/**
 * Below this an upper age limit shuts out people not yet at the statutory retirement age;
 * such a limit is not unlawful in itself, so it is a flag for the desk to ask about.
 */
const RETIREMENT_AGE = 60;
/** Labour Law art. 15: nobody under 16 may be hired. */
const MIN_WORKING_AGE = 16;

// Wording that says "anyone": blanked (same length, so what is found can be quoted) before the checks.
const SAYS_ANYONE =
  /男女不限|不限男女|男女均可|男女皆可|男女都可|男女都行|性别不限|年龄不限|民族不限|户籍不限|地区不限|不限(?:性别|年龄|民族|地区|户籍|户口|本地户口|本地|外地|学历|经验)|男女|男[、/和或]女|女[、/和或]男/g;

const NO = '(?:勿扰|免谈|不要|除外|谢绝|勿)';
const REFUSE = '(?:不要|不招|不收|谢绝|拒收|拒绝)';
const ONLY = '(?:限|只要|只招|只收|仅限|仅招|仅要|要求)';
const SEX = '(?:男|女)(?:性|士|工|生|的)?';
const ETHNIC =
  '(?:少数民族|汉族|回族|藏族|维吾尔族|维族|蒙古族|蒙族|壮族|苗族|彝族|土族|撒拉族|哈萨克族|满族|朝鲜族|东乡族|保安族)';
const PLACE =
  '(?:本地|本市|本县|本省|本镇|外地|外省|外来|农村|城镇|北京|天津|河北|山西|内蒙古?|辽宁|吉林|黑龙江|东北|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆)';
const FROM = '(?:人|籍|户口|户籍|口音)';
const ILL = '(?:乙肝|携带者|病毒携带|艾滋|HIV|残疾人?|传染病)';
/**
 * A requirement written as a bare item of a list ("女，45岁以下，本地户口"): nothing but
 * the words between separators, so 女装厂, 妇女之家 or 本地人介绍的 are not items.
 */
const item = (words: string) => new RegExp(`(?<=^|[，,。；;、：:\\s（(])${words}(?=$|[，,。；;、\\s）)])`);

const WORDING: Record<Exclude<PostingFlag, 'child' | 'age'>, RegExp[]> = {
  gender: [
    new RegExp(`${ONLY}${SEX}`),
    /招聘?(?:男|女)(?:性|士|工|生)/,
    new RegExp(`${SEX}(?:优先|${NO})`),
    new RegExp(`${REFUSE}${SEX}`),
    /限未婚|限已婚|未婚未育|已婚已育|未婚优先|已育优先/,
    item(SEX),
    /性别(?:要求|限制)?[：:]\s*(?:男|女)/,
  ],
  ethnicity: [
    new RegExp(`${ONLY}${ETHNIC}`),
    new RegExp(`${ETHNIC}(?:优先|${NO})`),
    new RegExp(`${REFUSE}${ETHNIC}`),
    /民族限制/,
    item(ETHNIC),
    new RegExp(`民族(?:要求|限制)?[：:]\\s*${ETHNIC}`),
  ],
  origin: [
    new RegExp(`${ONLY}${PLACE}${FROM}`),
    new RegExp(`${PLACE}${FROM}(?:优先|${NO})`),
    new RegExp(`${REFUSE}${PLACE}${FROM}?`),
    item(`${PLACE}${FROM}`),
    new RegExp(`(?:户口|户籍)(?:(?:要求|限制)[：:]?|[：:])\\s*${PLACE}`),
    new RegExp(`[需须]要?${PLACE}(?:户口|户籍)`),
  ],
  health: [
    new RegExp(`${ILL}[^，。；,;\\n]{0,3}?${NO}`, 'i'),
    new RegExp(`${REFUSE}${ILL}`, 'i'),
    /两对半|乙肝五项|大三阳|小三阳|查乙肝|乙肝检查|非乙肝/,
    // "无传染病史" shuts out people with a past illness, like "无乙肝" does.
    new RegExp(`(?:无|没有|不能有|不得有)${ILL}`, 'i'),
  ],
  fee: [/押金|培训费|服装费|体检费|报名费|中介费|保证金|先交.{0,4}钱|交钱上岗/],
};

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十四 → 14, 四十五 → 45, 五 → 5 (ages only, so below a hundred). */
function chineseNumber(word: string): number {
  const [tens, ones] = word.includes('十') ? word.split('十') : ['', word];
  const tensValue = word.includes('十') ? (DIGITS[tens] ?? 1) : 0;
  return tensValue * 10 + (DIGITS[ones] ?? 0);
}

const ages = (text: string) => text.replace(/[一二两三四五六七八九十]+(?=\s*周?岁)/g, (w) => String(chineseNumber(w)));

/**
 * Ages in the posting: a range (18-45岁), an upper limit (45岁以下, 不超过35周岁, 50岁以上勿扰),
 * or a lower one (16岁以下勿扰, 年满16周岁, 16岁以上). Under 16 at any end is a child;
 * an upper limit below retirement age is for the desk to ask about.
 */
function ageFindings(text: string): PostingFinding[] {
  const found: PostingFinding[] = [];
  const judge = (words: string, lowest: number | undefined, highest: number | undefined) => {
    if ((lowest ?? highest ?? MIN_WORKING_AGE) < MIN_WORKING_AGE) found.push({ flag: 'child', found: words });
    else if (highest !== undefined && highest < RETIREMENT_AGE) found.push({ flag: 'age', found: words });
  };
  const normal = ages(text);
  const ranges = /(\d{1,2})\s*(?:周?岁)?\s*[-—–~～至到]\s*(\d{1,2})\s*周?岁/g;
  for (const m of normal.matchAll(ranges)) judge(m[0], Number(m[1]), Number(m[2]));
  const single = new RegExp(
    `(${REFUSE}|不超过|不大于|小于|低于|年满|满)?\\s*(\\d{1,2})\\s*周?岁(以下|以内|之内|内|以上)?(${NO})?`,
    'g',
  );
  for (const m of normal.replace(ranges, (r) => ' '.repeat(r.length)).matchAll(single)) {
    const [words, before, number, side, refused] = m;
    const age = Number(number);
    const below = side !== undefined && side !== '以上';
    // "16岁以下勿扰" keeps the young out: a lower bound. "50岁以上勿扰" keeps the old out: an upper one.
    const refusing = refused !== undefined || (before !== undefined && new RegExp(`^${REFUSE}$`).test(before));
    const upper = refusing ? side === '以上' : below || /不超过|不大于|小于|低于/.test(before ?? '');
    judge(words.trim(), upper ? undefined : age, upper ? age : undefined);
  }
  return found;
}

/** What in these texts (title, description, requirements) is discriminatory or asks for a fee, each kind once. */
export function postingFindings(...texts: (string | undefined)[]): PostingFinding[] {
  const original = texts.filter(Boolean).join('\n');
  const text = original.replace(SAYS_ANYONE, (w) => ' '.repeat(w.length));
  const found: PostingFinding[] = [];
  for (const [flag, patterns] of Object.entries(WORDING) as [PostingFlag, RegExp[]][]) {
    const hit = patterns.map((p) => p.exec(text)).find((m) => m !== null);
    if (hit) found.push({ flag, found: original.slice(hit.index, hit.index + hit[0].length) });
  }
  const byKind = new Map([...found, ...ageFindings(text)].map((f) => [f.flag, f] as const).reverse());
  return POSTING_FLAGS.flatMap((flag) => byKind.get(flag) ?? []);
}

/** The kinds of wording the desk must look at (stored on the job as `flags`). */
export function postingFlags(...texts: (string | undefined)[]): PostingFlag[] {
  return postingFindings(...texts).map((f) => f.flag);
}

/**
 * How a wage is usually paid out, for the post form's default: by the hour or day → 日结,
 * by the month → 月结. Piece rates are settled either way: no default.
 */
export function usualPayPeriod(unit: WageUnit): PayPeriod | undefined {
  if (unit === 'hour' || unit === 'day') return 'daily';
  return unit === 'month' ? 'monthly' : undefined;
}

/** Job status moves; `closed` is final and wins over any concurrent change. */
const JOB_MOVES: Record<JobStatus, readonly JobStatus[]> = {
  open: ['filled', 'closed', 'expired'],
  filled: ['open', 'closed'],
  expired: ['open', 'closed'],
  closed: [],
};

export function canMoveJob(from: JobStatus, to: JobStatus): boolean {
  return JOB_MOVES[from].includes(to);
}

/** Applications only move forward; rejected and no-show end the line. */
const APPLICATION_RANK: Record<ApplicationStatus, number> = {
  pending: 0,
  contacted: 1,
  interview: 2,
  hired: 3,
  rejected: 3,
  no_show: 3,
};

export function isForwardApplicationMove(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return APPLICATION_RANK[to] > APPLICATION_RANK[from];
}
