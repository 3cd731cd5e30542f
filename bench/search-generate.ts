/**
 * Generates the search benchmark's corpus (flat jobs, with label fields `occ` and `perks` the
 * engines never read) and its labelled dev query set.
 *
 *   node --import tsx bench/search-generate.ts --jobs 100000 --out bench/.out/jobs-100k.jsonl
 *   node --import tsx bench/search-generate.ts --queries bench/search-data/dev-queries.jsonl
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pinyin } from 'pinyin-pro';
import { counties, regionPath, townsOf, villagesOf } from '../src/core/regions/index';
import type { FlatJob } from './search-format';
import { BENCH_OCCUPATIONS, type BenchOccupation, EXTRA_OCCUPATIONS } from './search-data/occupations';
import { type SeededRandom, seededRandom } from '../src/core/random';

export type Perk = 'meals' | 'lodging';
export interface LabelledJob extends FlatJob {
  occ: string;
  perks: Perk[];
}

export interface DevQuery {
  q: number;
  text: string;
  kind: string;
  /**
   * The dev set names one benchmark key; the blind and tune sets a list of acceptable
   * dictionary codes, empty for kind `none` (nothing in the dictionary fits).
   */
  occ?: string | string[];
  place?: string;
  /** weekly, piece and hourly: asked for in strangers' sets, held by no job of the corpus. */
  payPeriod?: 'daily' | 'monthly' | 'weekly' | 'piece';
  perks?: Perk[];
  wage?: { amount: number; unit: 'daily' | 'monthly' | 'hourly' };
}

const CENTERS: Record<string, [number, number]> = {
  '630103': [36.62, 101.78],
  '150525': [42.85, 120.66],
  '120102': [39.13, 117.25],
  '410172': [34.81, 113.55],
  '330102': [30.25, 120.17],
};

/** A place a generated job is at. */
type Spot = Pick<FlatJob, 'province' | 'city' | 'county' | 'town' | 'village' | 'lat' | 'lon'>;

function spots(r: SeededRandom): Spot[] {
  const out: Spot[] = [];
  for (const county of counties()) {
    const [lat, lon] = CENTERS[county.code];
    const path = regionPath(county.code);
    const province = path[0].name;
    const city = path.length > 2 ? path[1].name : province;
    for (const town of townsOf(county.code)) {
      const tLat = lat + (r.next() - 0.5) * 0.2;
      const tLon = lon + (r.next() - 0.5) * 0.2;
      const villages = villagesOf(town.code);
      for (const v of villages.length > 0 ? villages : [{ code: '', name: '' }]) {
        out.push({
          province,
          city,
          county: county.name,
          town: town.name,
          village: v.name,
          lat: tLat + (r.next() - 0.5) * 0.02,
          lon: tLon + (r.next() - 0.5) * 0.02,
        });
      }
    }
  }
  return out;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '马', '孙', '胡', '朱', '高'];
const FIRMS = [
  '记餐馆',
  '家政公司',
  '建筑劳务队',
  '物业公司',
  '农业合作社',
  '物流园',
  '服装厂',
  '养殖场',
  '超市',
  '酒店',
  '装修队',
  '果园',
  '电子厂',
  '农家乐',
];
const PERK_TEXT: Record<string, string[]> = {
  both: ['包吃住', '包吃包住', '管吃住', '提供食宿'],
  meals: ['包吃', '管三餐', '包工作餐'],
  lodging: ['包住', '提供宿舍'],
};
const PAY_TEXT = { daily: ['日结', '当天结算', '干完就结'], monthly: ['月结', '按月发工资'] };

function job(r: SeededRandom, i: number, occ: BenchOccupation, spot: Spot, now: number): LabelledJob {
  const wording = r.next() < 0.5 ? occ.wordings[0] : r.pick(occ.wordings);
  // A quarter of jobs pay on the other period, converted.
  const flip = r.next() < 0.25;
  const pay: 'daily' | 'monthly' = flip ? (occ.pay === 'daily' ? 'monthly' : 'daily') : occ.pay;
  const scale = pay === occ.pay ? 1 : pay === 'daily' ? 1 / 26 : 26;
  const round = pay === 'daily' ? 10 : 100;
  const lo = occ.wage[0] * scale;
  const hi = occ.wage[1] * scale;
  const wageMin = Math.round((lo + r.next() * (hi - lo) * 0.7) / round) * round;
  const wageMax = Math.max(wageMin, Math.round((wageMin + r.next() * (hi - lo) * 0.5) / round) * round);
  const perks: Perk[] = [];
  const p = r.next();
  let perkText = '';
  if (p < 0.25) {
    perks.push('meals', 'lodging');
    perkText = r.pick(PERK_TEXT.both);
  } else if (p < 0.4) {
    perks.push('meals');
    perkText = r.pick(PERK_TEXT.meals);
  } else if (p < 0.5) {
    perks.push('lodging');
    perkText = r.pick(PERK_TEXT.lodging);
  }
  const employer = `${r.pick(SURNAMES)}${r.pick(FIRMS)}`;
  const payText = r.pick(PAY_TEXT[pay]);
  const townShort = spot.town.replace(/(街道|镇|乡|苏木)$/, '');
  const title = r.pick([
    wording,
    `急招${wording}`,
    `${townShort}${wording}`,
    `${employer}招${wording}`,
    `${wording}${1 + r.int(0, 4)}名`,
    `招聘${wording}（${payText}）`,
  ]);
  const unit = pay === 'daily' ? '天' : '月';
  const description = [
    `${employer}招${wording}${1 + r.int(0, 7)}名`,
    `要求${r.pick(['能吃苦耐劳', '身体健康', '有经验优先', '年龄60岁以下', '会用智能手机'])}`,
    perkText,
    `工资${wageMin}-${wageMax}元/${unit}`,
    payText,
  ]
    .filter(Boolean)
    .join('，');
  const posted = new Date(now - r.int(0, 59) * 86_400_000).toISOString().slice(0, 10);
  return {
    id: `j${i}`,
    title,
    category: wording,
    description,
    skills: occ.skills.filter(() => r.next() < 0.6),
    employer,
    province: spot.province,
    city: spot.city,
    county: spot.county,
    town: spot.town,
    village: spot.village,
    lat: Math.round(spot.lat * 1e5) / 1e5,
    lon: Math.round(spot.lon * 1e5) / 1e5,
    wage_min: wageMin,
    wage_max: wageMax,
    pay_period: pay,
    posted_date: posted,
    occ: occ.key,
    perks,
  };
}

const NOW = Date.parse('2025-06-01');
const ALL_OCCUPATIONS = [...BENCH_OCCUPATIONS, ...EXTRA_OCCUPATIONS];

/**
 * n jobs, as many per occupation on average: the first list's jobs from the seed's stream
 * (the same jobs as before the extra occupations existed, so the 100,000-job corpus still holds
 * every job the dev set's place queries were drawn from), the extra list's from a second one.
 */
export function generateJobs(n: number, seed = 1): LabelledJob[] {
  const first = Math.round((n * BENCH_OCCUPATIONS.length) / ALL_OCCUPATIONS.length);
  const jobs = firstListJobs(first, seed);
  const places = spots(seededRandom(seed));
  const r = seededRandom(seed + 1);
  for (let i = first; i < n; i++) jobs.push(job(r, i, r.pick(EXTRA_OCCUPATIONS), r.pick(places), NOW));
  return jobs;
}

function firstListJobs(n: number, seed: number): LabelledJob[] {
  const r = seededRandom(seed);
  const places = spots(r);
  return Array.from({ length: n }, (_, i) => job(r, i, r.pick(BENCH_OCCUPATIONS), r.pick(places), NOW));
}

// ---- queries -------------------------------------------------------------------------

const py = (s: string) => pinyin(s, { toneType: 'none', type: 'array', v: true }).filter((x) => /^[a-z]+$/.test(x));

/** Common characters by toneless reading, for homophone typos. */
function homophoneTable(): Map<string, string[]> {
  const decoder = new TextDecoder('gb2312');
  const by = new Map<string, string[]>();
  for (let hi = 0xb0; hi <= 0xd7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      const s = py(ch)[0];
      if (!s) continue;
      const list = by.get(s) ?? [];
      list.push(ch);
      by.set(s, list);
    }
  }
  return by;
}

function letterTypo(r: SeededRandom, s: string): string {
  const i = 1 + r.int(0, s.length - 3);
  switch (r.int(0, 3)) {
    case 0:
      return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2); // swap
    case 1:
      return s.slice(0, i) + s.slice(i + 1); // drop
    case 2:
      return s.slice(0, i) + s[i] + s.slice(i); // double
    default: {
      const near: Record<string, string> = { a: 's', e: 'r', i: 'o', o: 'i', u: 'y', n: 'm', g: 'h', h: 'j' };
      return s.slice(0, i) + (near[s[i]] ?? 'a') + s.slice(i + 1);
    }
  }
}

const stripPlace = (name: string) =>
  name.replace(/(街道办事处|社区居委会|村委会|居委会|街道|社区|苏木|自治区|镇|乡|旗|区|县|市|省|村)$/, '');

export function generateQueries(seed = 7): DevQuery[] {
  const r = seededRandom(seed);
  const homophones = homophoneTable();
  const out: Omit<DevQuery, 'q'>[] = [];
  const occs = BENCH_OCCUPATIONS;
  const each = (
    kind: string,
    n: number,
    make: (o: BenchOccupation, i: number) => Omit<DevQuery, 'q' | 'kind'> | undefined,
  ) => {
    const seen = new Set<string>();
    for (let i = 0, tries = 0; seen.size < n && tries < n * 20; tries++, i++) {
      const q = make(occs[i % occs.length], i);
      if (!q || seen.has(q.text)) continue;
      seen.add(q.text);
      out.push({ kind, ...q });
    }
  };

  each('exact', 30, (o) => ({ text: r.pick(o.wordings), occ: o.key }));
  each('colloquial', 40, (o, i) =>
    o.colloquial[Math.floor(i / occs.length)]
      ? { text: o.colloquial[Math.floor(i / occs.length)], occ: o.key }
      : undefined,
  );
  each('pinyin', 25, (o) => ({ text: py(r.pick(o.wordings)).join(''), occ: o.key }));
  each('spaced_pinyin', 25, (o) => ({ text: py(r.pick(o.wordings)).join(' '), occ: o.key }));
  each('pinyin_typo', 25, (o) => ({ text: letterTypo(r, py(r.pick(o.wordings)).join('')), occ: o.key }));
  each('initials', 20, (o) => {
    const w = o.wordings.find((x) => x.length >= 3) ?? o.wordings[0];
    return {
      text: py(w)
        .map((s) => s[0])
        .join(''),
      occ: o.key,
    };
  });
  each('homophone', 25, (o) => {
    const w = r.pick(o.wordings);
    const i = r.int(0, w.length - 1);
    const options = (homophones.get(py(w[i])[0]) ?? []).filter((c) => c !== w[i]);
    return options.length > 0 ? { text: w.slice(0, i) + r.pick(options) + w.slice(i + 1), occ: o.key } : undefined;
  });
  // Places where the occupation has jobs among the first list's first 10,000 (the dev set was drawn before the extra list).
  const corpus = firstListJobs(10_000, 1);
  each('place', 30, (o) => {
    const spot = r.pick(corpus.filter((j) => j.occ === o.key));
    const level = r.pick(['county', 'town', 'town', 'village'] as const);
    const name = spot[level];
    if (!name) return undefined;
    const what = r.next() < 0.7 ? r.pick(o.wordings) : r.pick(o.colloquial);
    const short = stripPlace(name).length >= 2 ? stripPlace(name) : name;
    const style = r.int(0, 3);
    const text =
      style === 0
        ? `${short} ${what}`
        : style === 1
          ? `${short}${what}`
          : style === 2
            ? `${what} ${name}`
            : `${py(short).join('')} ${what}`;
    return { text, occ: o.key, place: name };
  });
  each('english', 25, (o, i) =>
    o.en[Math.floor(i / occs.length)] ? { text: o.en[Math.floor(i / occs.length)], occ: o.key } : undefined,
  );
  each('perk_number', 30, (o) => {
    const w = r.next() < 0.7 ? r.pick(o.wordings) : r.pick(o.colloquial);
    switch (r.int(0, 3)) {
      case 0:
        return { text: `${w} 日结`, occ: o.key, payPeriod: 'daily' };
      case 1:
        return { text: r.next() < 0.5 ? `${w} 包吃住` : `包吃住的${w}`, occ: o.key, perks: ['meals', 'lodging'] };
      case 2: {
        const amount = Math.round((o.pay === 'daily' ? o.wage[0] : o.wage[0] / 26) / 10) * 10 + 20;
        return {
          text: r.pick([`${w} ${amount}一天`, `${w}日薪${amount}`, `一天${amount}的${w}`]),
          occ: o.key,
          wage: { amount, unit: 'daily' },
        };
      }
      default: {
        const amount = Math.round((o.pay === 'monthly' ? o.wage[0] : o.wage[0] * 26) / 500) * 500 + 500;
        return {
          text: r.pick([`${w} 月薪${amount}`, `${w} ${amount}一个月`]),
          occ: o.key,
          wage: { amount, unit: 'monthly' },
        };
      }
    }
  });
  return out.map((q, i) => ({ q: i, ...q }));
}

/** Benchmark keys of the occupations a query accepts (undefined: any occupation). */
function acceptedKeys(q: DevQuery): ReadonlySet<string> | undefined {
  if (q.occ === undefined) return undefined;
  if (typeof q.occ === 'string') return new Set([q.occ]);
  const codes = q.occ;
  return new Set(ALL_OCCUPATIONS.filter((o) => o.code && codes.includes(o.code)).map((o) => o.key));
}

/** Whether a job's occupation is one the query accepts (its place and terms aside). */
export const occupationMatcher = (q: DevQuery): ((job: LabelledJob) => boolean) => {
  const keys = acceptedKeys(q);
  return (job) => !keys || keys.has(job.occ);
};

/** Whether a job answers a labelled query: an accepted occupation, and every place or term stated. */
export function relevance(q: DevQuery): (job: LabelledJob) => boolean {
  const occupationOk = occupationMatcher(q);
  return (job) => occupationOk(job) && meetsTerms(job, q);
}

/**
 * The corpus's jobs pay by the day or by the month. A pay term it cannot hold (weekly, piece or
 * hourly pay, which strangers' sets ask for) is not held against the engine: no job could meet it,
 * so the query is judged on its trade, place and perks.
 */
const CORPUS_PAY: ReadonlySet<string> = new Set(['daily', 'monthly']);

function meetsTerms(job: LabelledJob, q: DevQuery): boolean {
  if (q.place && ![job.province, job.city, job.county, job.town, job.village].includes(q.place)) return false;
  if (q.payPeriod && CORPUS_PAY.has(q.payPeriod) && job.pay_period !== q.payPeriod) return false;
  if (q.perks && !q.perks.every((p) => job.perks.includes(p))) return false;
  const wage = q.wage && CORPUS_PAY.has(q.wage.unit) ? q.wage : undefined;
  if (wage && (job.pay_period !== wage.unit || job.wage_max < wage.amount)) return false;
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { jobs: { type: 'string' }, out: { type: 'string' }, queries: { type: 'string' } },
  });
  if (values.jobs && values.out) {
    writeFileSync(
      values.out,
      `${generateJobs(Number(values.jobs))
        .map((j) => JSON.stringify(j))
        .join('\n')}\n`,
    );
  }
  if (values.queries)
    writeFileSync(
      values.queries,
      `${generateQueries()
        .map((q) => JSON.stringify(q))
        .join('\n')}\n`,
    );
}
