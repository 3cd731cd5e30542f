import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../workers/match/engine';
import { formatReasons } from '../../../workers/match/format';
import type { SeekerDoc } from '../../../workers/match/types';
import { JOBS, TEST_NOW } from './fixtures';

const titleOf = (id: string) => JOBS.find((j) => j.id === id)?.title;
const engine = createEngine(JOBS);
const search = (text: string) => engine.search(text, { k: 3, now: TEST_NOW }).hits;

describe('search', () => {
  it('does not read an unknown word as an occupation from scattered homophones (哈达图 is not 打…土)', () => {
    const base = { skills: [], place: { county: '奈曼旗' }, wageMin: 150, wageMax: 200, postedAt: TEST_NOW };
    const local = createEngine([
      { ...base, id: 'concrete', title: '混凝土工', occupationCode: 'concrete_worker' },
      { ...base, id: 'herder', title: '哈达图放羊工', occupationCode: 'shepherd' },
    ]);
    const [first] = local.search('哈达图', { now: TEST_NOW }).hits;
    expect(first.id).toBe('herder');
    expect(first.reasons.some((r) => r.kind === 'occupation')).toBe(false);
  });

  it('answers every kind of query with the right job first', () => {
    expect(titleOf(search('洗盘子')[0].id)).toBe('酒店洗碗工');
    expect(titleOf(search('bjy')[0].id)).toMatch(/保洁/);
    expect(titleOf(search('cook')[0].id)).toBe('饭店厨师');
    expect(titleOf(search('拉货')[0].id)).toBe('货车司机');
    expect(titleOf(search('chayishi')[0].id)).toBe('茶馆茶艺师');
  });

  it('puts jobs in the named place first', () => {
    expect(titleOf(search('naiman 保洁')[0].id)).toBe('奈曼保洁');
    expect(titleOf(search('总寨 保洁')[0].id)).not.toBe('奈曼保洁');
  });

  it('does not read a refused perk in a posting as a perk', () => {
    const base = { skills: [], place: {}, postedAt: TEST_NOW, occupationCode: 'cleaner' };
    const local = createEngine([
      { ...base, id: 'a', title: '保洁', description: '不包吃住' },
      { ...base, id: 'b', title: '保洁', description: '吃住全包' },
    ]);
    const [first, second] = local.search('保洁 包吃住', { now: TEST_NOW }).hits;
    expect(first.id).toBe('b');
    expect(second.reasons.some((r) => r.kind === 'perk')).toBe(false);
  });

  it('puts jobs with the asked pay terms first', () => {
    expect(titleOf(search('保洁 日结')[0].id)).not.toBe('小区保洁员');
    expect(titleOf(search('保洁 包吃住')[0].id)).toBe('急招保洁');
  });

  it('gives structured reasons the UI can word in either language', () => {
    const [hit] = engine.search('电焊 日结', { k: 1, now: TEST_NOW, origin: { lat: 36.56, lon: 101.76 } }).hits;
    expect(hit.reasons).toContainEqual({ kind: 'occupation', code: 'welder', name: '电焊工' });
    expect(hit.reasons).toContainEqual({ kind: 'skill', value: '电焊' });
    expect(hit.reasons).toContainEqual({ kind: 'payPeriod', value: 'daily' });
    expect(hit.reasons.find((r) => r.kind === 'distance')).toMatchObject({ km: expect.any(Number) });
    const zh = formatReasons(hit.reasons, 'zh');
    expect(zh).toMatch(/km · 日结/);
    expect(zh).toContain('会电焊');
    expect(formatReasons(hit.reasons, 'en')).toContain('Paid daily');
  });

  it('filters by verification and distance', () => {
    const verified = engine.search('小工 电焊', { now: TEST_NOW, verifiedOnly: true }).hits;
    expect(verified.map((h) => titleOf(h.id))).toEqual(['工地电焊工']);
    const near = engine.search('保洁', { now: TEST_NOW, origin: { lat: 42.85, lon: 120.66 }, maxDistanceKm: 20 }).hits;
    expect(near.map((h) => titleOf(h.id))).toEqual(['奈曼保洁']);
  });
});

describe('two-way matching', () => {
  const seeker: SeekerDoc = {
    id: 'seeker-1',
    occupations: ['welder'],
    skills: ['电焊'],
    place: { county: '城中区' },
    lat: 36.56,
    lon: 101.76,
    minWage: 250,
    wageUnit: 'day',
    payPeriods: ['daily'],
  };

  it('ranks jobs for a seeker with reasons', () => {
    const [best] = engine.matchSeekerToJobs(seeker, { now: TEST_NOW });
    expect(titleOf(best.id)).toBe('工地电焊工');
    expect(formatReasons(best.reasons, 'zh')).toMatch(/电焊工 · 会电焊 · [\d.]+ km/);
  });

  it('ranks seekers for a job', () => {
    const staff = createEngine(JOBS, [
      seeker,
      { ...seeker, id: 'seeker-2', occupations: ['cook'], skills: [] },
      { ...seeker, id: 'seeker-3', occupations: ['machinist'], skills: [] },
    ]);
    const welderJob = JOBS.find((j) => j.title === '工地电焊工')!;
    const ranked = staff.matchJobToSeekers(welderJob.id, { now: TEST_NOW }).map((h) => h.id);
    // seeker-1 wants exactly this job; a machinist (related to welding) beats a cook.
    expect(ranked).toEqual(['seeker-1', 'seeker-3', 'seeker-2']);
    const related = staff.matchJobToSeekers(welderJob.id, { now: TEST_NOW })[1].reasons;
    expect(related).toContainEqual({ kind: 'related', code: 'welder', name: '电焊工' });
  });
});
