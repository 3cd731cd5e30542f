/**
 * 为你推荐 (issue 11): the profile's place, distance limit, wage floor and pay period decide,
 * a job beyond the distance limit never ranks first, and the reasons say why without
 * repeating what the job card already shows (pay period, wage, perks, 已核实, posted days).
 */
import { describe, expect, it } from 'vitest';
import { createEngine, formatReasons, reasonsBeyondTheCard } from '../../../workers/match';
import type { MatchDoc, SeekerDoc } from '../../../workers/match/types';
import { TEST_NOW } from './fixtures';

const DAY = 86_400_000;
const zongzhai = { province: '青海省', city: '西宁市', county: '城中区', town: '总寨镇' };
const hangzhou = { province: '浙江省', city: '杭州市', county: '上城区', town: '湖滨街道' };

function guardJob(id: string, place: MatchDoc['place'], extra: Partial<MatchDoc> = {}): MatchDoc {
  return {
    id,
    title: '小区保安',
    occupation: '保安',
    skills: [],
    place,
    wageMin: 160,
    wageMax: 160,
    wageUnit: 'day',
    payPeriod: 'daily',
    postedAt: TEST_NOW - 10 * DAY,
    ...extra,
  };
}

/** A 杭州 job that beats the local one on everything but place: fresher, verified, the worker's skill. */
const far = guardJob('job-hangzhou', hangzhou, {
  skills: ['消防证'],
  postedAt: TEST_NOW,
  verified: true,
  lat: 30.25,
  lon: 120.17,
});
const near = guardJob('job-zongzhai', zongzhai, { lat: 36.54, lon: 101.75 });

const worker: SeekerDoc = {
  id: 'seeker-zongzhai',
  occupations: ['security_guard'],
  skills: ['消防证'],
  place: zongzhai,
  maxDistanceKm: 15,
  minWage: 150,
  wageUnit: 'day',
  payPeriods: ['daily'],
};

describe('为你推荐 for a 总寨镇 worker who goes at most 15 km', () => {
  it('never puts a 杭州 job first when the profile has only a place (no coordinates)', () => {
    const hits = createEngine([far, near]).matchSeekerToJobs(worker, { now: TEST_NOW });
    expect(hits.map((h) => h.id)).toEqual(['job-zongzhai', 'job-hangzhou']);
    expect(formatReasons(hits[1].reasons, 'zh')).toContain('超出你要的 15 公里');
  });

  it('never puts a 杭州 job first when the profile has coordinates', () => {
    const located = { ...worker, lat: 36.5357, lon: 101.7466 };
    const hits = createEngine([far, near]).matchSeekerToJobs(located, { now: TEST_NOW });
    expect(hits[0].id).toBe('job-zongzhai');
    expect(formatReasons(hits[1].reasons, 'zh')).toContain('超出你要的 15 公里');
  });

  it('honours the wage floor and the pay period, and says so', () => {
    const low = guardJob('job-low', zongzhai, { wageMin: 100, wageMax: 120, postedAt: TEST_NOW });
    const monthly = guardJob('job-monthly', zongzhai, { payPeriod: 'monthly', postedAt: TEST_NOW });
    const hits = createEngine([low, monthly, near]).matchSeekerToJobs(worker, { now: TEST_NOW });
    expect(hits[0].id).toBe('job-zongzhai');
    const why = formatReasons(hits[0].reasons, 'zh');
    expect(why).toContain('不低于你要的 150 元/天');
    expect(why).toContain('是你要的日结');
    expect(formatReasons(hits[0].reasons, 'en')).toContain('at least your ¥150/day');
  });

  it('on a desk’s screen the reasons speak of the person, not of “you” (the desk)', () => {
    const hits = createEngine([far, near]).matchSeekerToJobs(worker, { now: TEST_NOW });
    const staff = hits.map((hit) => formatReasons(hit.reasons, 'zh', 'them')).join(' · ');
    expect(staff).toContain('不低于求职者要的 150 元/天');
    expect(staff).toContain('超出求职者要的 15 公里');
    expect(staff).not.toContain('你');
    expect(formatReasons(hits[0].reasons, 'en', 'them')).toContain('at least their ¥150/day');
  });

  it('words only what the card does not already show', () => {
    const [hit] = createEngine([far]).search('保安', { now: TEST_NOW }).hits;
    const all = formatReasons(hit.reasons, 'zh');
    expect(all).toContain('日结');
    const shown = formatReasons(reasonsBeyondTheCard(hit.reasons), 'zh');
    expect(shown).toContain('保安');
    for (const tag of ['日结', '160 元/天', '已核实', '今天发布']) expect(shown).not.toContain(tag);
  });
});
