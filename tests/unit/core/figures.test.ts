/**
 * 数据: China's days, weeks and months with their midnights, and every figure of a station
 * and of a county counted from hand-made records (tests/fixtures/figures.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  countFigures,
  countyReport,
  dailyCounts,
  jobHeat,
  parsePeriod,
  periodName,
  periodOf,
  previousPeriod,
} from '../../../src/core/figures';
import { china, figureRecords } from '../../fixtures/figures';

describe('periods in China’s calendar', () => {
  it('a day runs from China’s midnight to the next, whatever the UTC date', () => {
    const day = periodOf('day', china('2026-12-01T00:00'));
    expect(day).toEqual({ unit: 'day', start: china('2026-12-01T00:00'), end: china('2026-12-02T00:00') });
    // One millisecond before China's midnight is still the day before (16:00 UTC).
    expect(periodOf('day', china('2026-12-01T00:00') - 1).start).toBe(china('2026-11-30T00:00'));
    expect(periodOf('day', Date.UTC(2026, 10, 30, 16, 0)).start).toBe(china('2026-12-01T00:00'));
  });

  it('a week starts on Monday at China’s midnight', () => {
    // 1 December 2026 is a Tuesday; its week began on Monday 30 November.
    const week = periodOf('week', china('2026-12-01T12:00'));
    expect(week.start).toBe(china('2026-11-30T00:00'));
    expect(week.end).toBe(china('2026-12-07T00:00'));
    expect(periodOf('week', china('2026-12-06T23:59')).start).toBe(week.start);
    expect(periodOf('week', china('2026-12-07T00:00')).start).toBe(week.end);
  });

  it('a month runs to the next month’s first China midnight, over the year’s end too', () => {
    const december = periodOf('month', china('2026-12-31T23:59'));
    expect(december.start).toBe(china('2026-12-01T00:00'));
    expect(december.end).toBe(china('2027-01-01T00:00'));
    expect(previousPeriod(december).start).toBe(china('2026-11-01T00:00'));
    expect(previousPeriod(periodOf('month', china('2027-01-15T12:00'))).start).toBe(december.start);
    expect(periodName(december)).toBe('2026-12');
    expect(periodName(periodOf('week', china('2026-12-03T12:00')))).toBe('2026-11-30');
  });

  it('reads a period the server is asked for, and refuses what names no date', () => {
    expect(parsePeriod('month', '2026-12')).toEqual(periodOf('month', china('2026-12-15T12:00')));
    expect(parsePeriod('day', '2026-12-01')?.start).toBe(china('2026-12-01T00:00'));
    expect(parsePeriod('week', '2026-12-03')?.start).toBe(china('2026-11-30T00:00'));
    for (const bad of ['2026-13', '2026-1', '2026-12-01', 'december'])
      expect(parsePeriod('month', bad)).toBeUndefined();
    for (const bad of ['2026-02-31', '2026-12', '2026-12-1']) expect(parsePeriod('day', bad)).toBeUndefined();
  });
});

describe('figures of a station and of a county', () => {
  const { hall, market, away, records } = figureRecords();
  const december = periodOf('month', china('2026-12-15T12:00'));

  it('counts a station’s month, each figure at the station only', () => {
    expect(countFigures(records, { station: hall.id }, december)).toEqual({
      visitors: 3,
      checkIns: 1,
      newSeekers: 2,
      keyGroupSeekers: 2,
      groups: { 脱贫人口: 1, 农民工: 1, 高校毕业生: 1 },
      jobsPosted: 3,
      // One posted in November and checked in December counts in December.
      jobsVerified: 2,
      applications: 2,
      referrals: 1,
      // Hired in December, one of them applied in November.
      placements: 2,
      complaintsReceived: 1,
      complaintsResolved: 1,
      courses: 1,
      trainees: 2,
      attendance: 7,
    });
    expect(countFigures(records, { station: market.id }, december).visitors).toBe(1);
  });

  it('counts a county’s month: its stations and what is placed in it at no station, nothing of another county', () => {
    const county = countFigures(records, { county: '630103' }, december);
    expect(county).toMatchObject({
      visitors: 4,
      newSeekers: 3,
      jobsPosted: 4,
      applications: 3,
      placements: 2,
      complaintsReceived: 2,
      complaintsResolved: 1,
      courses: 1,
      attendance: 7,
    });
    const other = countFigures(records, { county: '150525' }, december);
    expect(other).toMatchObject({ visitors: 1, newSeekers: 1, groups: { 失业人员: 1 }, jobsPosted: 1, courses: 1 });
    expect(countFigures(records, { station: away.id }, december).attendance).toBe(1);
  });

  it('a day and a week end at China’s midnight', () => {
    const first = periodOf('day', china('2026-12-01T12:00'));
    expect(countFigures(records, { station: hall.id }, first).visitors).toBe(2);
    expect(countFigures(records, { station: hall.id }, previousPeriod(first)).visitors).toBe(1);
    expect(countFigures(records, { station: hall.id }, periodOf('week', first.start)).visitors).toBe(3);
  });

  it('gives the chart one count a day, the month’s days in order', () => {
    const days = dailyCounts(records, { station: hall.id }, december);
    expect(days).toHaveLength(31);
    expect(days[0]).toEqual({ day: china('2026-12-01T00:00'), visitors: 2, newSeekers: 1 });
    expect(days[1]).toMatchObject({ visitors: 0, newSeekers: 1 });
    expect(days[6]).toMatchObject({ day: china('2026-12-07T00:00'), visitors: 1 });
    expect(days.reduce((n, d) => n + d.visitors, 0)).toBe(3);
  });

  it('ranks occupations by open jobs and by people who want them', () => {
    expect(jobHeat(records, { county: '630103' })).toEqual({
      demand: [
        { occupationCode: 'cleaner', count: 2 },
        { occupationCode: 'cook', count: 1 },
        { occupationCode: 'driver', count: 1 },
      ],
      supply: [
        { occupationCode: 'cleaner', count: 2 },
        { occupationCode: 'cook', count: 2 },
      ],
    });
    expect(jobHeat(records, { county: '630103' }, 1).demand).toEqual([{ occupationCode: 'cleaner', count: 2 }]);
  });

  it('the county report has a row for each of its stations and the county’s total', () => {
    const report = countyReport(records, '630103', december);
    expect(report.stations.map((row) => row.stationId).sort()).toEqual([hall.id, market.id].sort());
    expect(report.total).toEqual(countFigures(records, { county: '630103' }, december));
  });
});
