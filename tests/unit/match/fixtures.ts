/** Small hand-written jobs for the engine tests: a few occupations in two demo counties. */
import { OCCUPATIONS } from '../../../src/core/occupations/index';
import type { MatchDoc } from '../../../workers/match/types';

const NOW = Date.parse('2025-06-01T00:00:00Z');
export const TEST_NOW = NOW;
const DAY = 86_400_000;

const xining = { province: '青海省', city: '西宁市', county: '城中区', town: '总寨镇' };
const naiman = { province: '内蒙古自治区', city: '通辽市', county: '奈曼旗', town: '大沁他拉镇' };

let n = 0;
function job(title: string, occupation: string, extra: Partial<MatchDoc> = {}): MatchDoc {
  n++;
  return {
    id: `job-${String(n).padStart(3, '0')}`,
    title,
    occupation,
    skills: [],
    place: xining,
    lat: 36.55,
    lon: 101.75,
    wageMin: 150,
    wageMax: 200,
    wageUnit: 'day',
    payPeriod: 'daily',
    postedAt: NOW - 3 * DAY,
    ...extra,
  };
}

export const JOBS: MatchDoc[] = [
  job('小区保洁员', '保洁员', { wageMin: 3000, wageMax: 3500, wageUnit: 'month', payPeriod: 'monthly' }),
  job('急招保洁', '家政保洁', { description: '包吃住，日结' }),
  job('酒店洗碗工', '洗碗工', {
    wageMin: 2800,
    wageMax: 3200,
    wageUnit: 'month',
    payPeriod: 'monthly',
    description: '包吃',
  }),
  job('饭店厨师', '厨师', { wageMin: 6000, wageMax: 8000, wageUnit: 'month', payPeriod: 'monthly' }),
  job('工地电焊工', '电焊工', { skills: ['电焊', '气割'], wageMin: 300, wageMax: 400, verified: true }),
  job('建筑小工', '小工', { wageMin: 200, wageMax: 220 }),
  job('放羊', '放羊工', {
    place: naiman,
    lat: 42.85,
    lon: 120.66,
    wageMin: 4000,
    wageMax: 5000,
    wageUnit: 'month',
    payPeriod: 'monthly',
  }),
  job('奈曼保洁', '保洁员', { place: naiman, lat: 42.85, lon: 120.66 }),
  job('小区门卫', '门卫', { wageMin: 2500, wageMax: 3000, wageUnit: 'month', payPeriod: 'monthly' }),
  job('货车司机', '货车司机', {
    skills: ['A2驾照'],
    wageMin: 7000,
    wageMax: 9000,
    wageUnit: 'month',
    payPeriod: 'monthly',
  }),
  job('茶馆茶艺师', '茶艺师', { wageMin: 4000, wageMax: 5000, wageUnit: 'month', payPeriod: 'monthly' }),
];

/**
 * Three jobs for every dictionary occupation, posted as the app posts them (the occupation's
 * name and code, titles in the demo's forms): a corpus where every occupation a query could
 * mean has jobs, so a wrong first result is the engine's fault.
 */
export function dictionaryJobs(): MatchDoc[] {
  return OCCUPATIONS.flatMap((o, i) =>
    [o.name, `急招${o.name}`, `总寨${o.name}`].map((title, j) => ({
      id: `${o.code}-${j}`,
      title,
      occupation: o.name,
      occupationCode: o.code,
      skills: [],
      place: (i + j) % 2 ? xining : naiman,
      wageMin: o.typicalWage.min,
      wageMax: o.typicalWage.max,
      wageUnit: o.typicalWage.unit,
      payPeriod: o.payPeriod,
      postedAt: NOW - j * DAY,
    })),
  );
}
