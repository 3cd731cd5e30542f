/**
 * The shortcuts that keep search under 3 ms at 100,000 jobs must never change an answer:
 * a phrase skipped by its bound could not have been named, and a typo skipped by its missing
 * letters could not have been a typo. Checked against every dictionary phrase.
 */
import { describe, expect, it } from 'vitest';
import { OCCUPATIONS } from '../../../src/core/occupations/index';
import { createEngine } from '../../../workers/match/engine';
import { MIN_SCORE } from '../../../workers/match/evidence';
import {
  compare,
  compareBound,
  editDistance,
  hanPhrase,
  letterSimilarity,
  type Phrase,
  pinyinPhrase,
} from '../../../workers/match/phrase';
import { segmentPinyin } from '../../../workers/match/pinyin';
import { dictionaryJobs, TEST_NOW } from './fixtures';

const DICTIONARY: Phrase[] = OCCUPATIONS.flatMap((o) => [o.name, ...o.aliases, ...o.skills]).map(hanPhrase);

const QUERIES: Phrase[] = [
  ...['搬家工', '汽修', '修电动车', '环卫工', '搬砖', '开滴滴', 'B2司机', '滇红', '保结', '挖掘鸡司机'].map(hanPhrase),
  ...['宾馆打扫房间换床单', '养殖场贴瓷砖', '工', '帮我找个保安的活吧', '电杆工'].map(hanPhrase),
  ...['dianhong', 'baojie', 'diangong', 'wajuejisiji', 'fangyang'].map((l) => pinyinPhrase(l, segmentPinyin(l)!)),
];

/** What the index adds up per phrase: the weight of the query's units sharing a sound with it. */
function sharedWeight(q: Phrase, p: Phrase): number {
  const sounds = new Set(p.units.flatMap((u) => u.loose));
  return q.units.filter((u) => u.loose.some((s) => sounds.has(s))).reduce((w, u) => w + u.w, 0);
}

describe('the bound on comparing a query with a phrase', () => {
  it('is never below a score that names the phrase', () => {
    let skipped = 0;
    for (const q of QUERIES) {
      for (const p of DICTIONARY) {
        const bound = compareBound(q, p, sharedWeight(q, p));
        const score = compare(q, p)?.score ?? 0;
        if (score >= MIN_SCORE) expect(bound, `${q.text} vs ${p.text}`).toBeGreaterThanOrEqual(score);
        if (bound < MIN_SCORE) skipped++;
      }
    }
    // And it does skip: most phrases share no more than 工 or 员 with a query.
    expect(skipped).toBeGreaterThan((QUERIES.length * DICTIONARY.length) / 2);
  });
});

describe('the letters a typo reading needs', () => {
  it.each(['baojeiyuan', 'bamgchu', 'diangonh', 'wajuejisiij', 'kuaidiyaun'])(
    '%s: a phrase left out by its missing letters is no typo reading',
    (letters) => {
      let typos = 0;
      for (const p of DICTIONARY) {
        const longest = Math.max(letters.length, p.letters.length);
        const close =
          Math.abs(letters.length - p.letters.length) <= 2 && 1 - editDistance(letters, p.letters) / longest >= 0.75;
        const read = letterSimilarity(letters, p);
        if (read?.how === 'initials') continue;
        expect(read?.how === 'typo', `${letters} vs ${p.letters}`).toBe(close);
        if (close) typos++;
      }
      expect(typos).toBeGreaterThan(0);
    },
  );
});

describe('a query of places and pay terms', () => {
  const jobs = dictionaryJobs();
  const village = { ...jobs[0].place, village: '谢家寨村' };
  // Twelve monthly jobs in the village, and daily jobs with board and lodging elsewhere that outrank them.
  const there = Array.from({ length: 12 }, (_, i) => ({
    ...jobs[i],
    id: `village-${i}`,
    place: village,
    payPeriod: 'monthly' as const,
    perks: [],
  }));
  const elsewhere = Array.from({ length: 5 }, (_, i) => ({
    ...jobs[i],
    id: `board-${i}`,
    payPeriod: 'daily' as const,
    perks: ['meals' as const, 'lodging' as const],
  }));
  const engine = createEngine([...jobs, ...there, ...elsewhere]);
  const ids = (text: string, k: number) => engine.search(text, { k, now: TEST_NOW }).hits.map((h) => h.id);

  it.each(['总寨', '总寨 日结', '奈曼 包吃住', '总寨 200一天', '谢家寨 日结 包吃住'])(
    '%s: the top ten are those of a ranking of every job (jobs elsewhere skipped only when they cannot rank)',
    (text) => {
      const everyJob = ids(text, 100_000);
      expect(everyJob.length).toBeGreaterThan(10);
      expect(ids(text, 10)).toEqual(everyJob.slice(0, 10));
    },
  );

  it('lists daily jobs with board elsewhere above the named village’s monthly jobs, which still follow', () => {
    const top = ids('谢家寨 日结 包吃住', 10);
    expect(top.slice(0, 5).every((id) => id.startsWith('board-'))).toBe(true);
    expect(top.slice(5).every((id) => id.startsWith('village-'))).toBe(true);
  });
});

describe('a job that cannot reach the top k', () => {
  // Many jobs of a few trades that differ in age, verification, pay and perks, so the top ten
  // are decided by the small terms the bound skips.
  const base = dictionaryJobs();
  const trades = base.filter((j) => j.id.endsWith('-0')).slice(0, 6);
  const many = trades.flatMap((job, t) =>
    Array.from({ length: 40 }, (_, i) => ({
      ...job,
      id: `${job.id}-many-${i}`,
      postedAt: TEST_NOW - ((i * 7919 + t) % 90) * 86_400_000 - i * 1000,
      verified: i % 3 === 0,
      payPeriod: i % 2 ? ('daily' as const) : ('monthly' as const),
      perks: i % 5 === 0 ? ['meals' as const, 'lodging' as const] : [],
    })),
  );
  const engine = createEngine([...base, ...many]);
  const hits = (text: string, k: number) =>
    engine.search(text, { k, now: TEST_NOW }).hits.map((h) => [h.id, h.score] as const);
  const total = (text: string, k: number) => engine.search(text, { k, now: TEST_NOW }).total;
  // Pay terms alone are ranked by day posted and verification, and stop early: 包吃住 and 一天200 too.
  const payTerms = ['日结', '包吃住', '日结 包吃住', '一天200', '月结 包住'];
  const queries = [
    ...trades.map((j) => j.occupation!),
    `${trades[0].occupation} 日结 包吃住`,
    '总寨 日结',
    ...payTerms,
  ];

  it.each(queries)('%s: the top ten, scores and all, are those of a ranking of every job', (text) => {
    const everyJob = hits(text, 100_000);
    expect(everyJob.length).toBeGreaterThan(10);
    expect(hits(text, 10)).toEqual(everyJob.slice(0, 10));
    expect(total(text, 10)).toBe(total(text, 100_000));
  });
});
