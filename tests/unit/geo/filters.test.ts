import { describe, expect, it } from 'vitest';
import { isPlacedOpenJob, matchesStation, NO_STATION_FILTER, toggle } from '../../../src/core/geo';
import type { Job, Station } from '../../../src/core/records';

const station = (over: Partial<Station>): Station => ({
  id: '0190a000-0000-7000-8000-000000000001',
  version: 1,
  updatedAt: 0,
  deleted: false,
  name: '总寨镇零工驿站',
  kind: '零工驿站',
  regionCode: '630103100',
  address: '总寨村',
  lat: 36.5357,
  lon: 101.7466,
  hours: { allDay: false, daily: '08:30-17:30' },
  services: ['job_desk', 'water', 'charging'],
  ...over,
});

const job = (over: Partial<Job>): Job =>
  ({ id: 'j1', deleted: false, status: 'open', lat: 36.5, lon: 101.7, ...over }) as Job;

const noon = Date.parse('2026-03-02T12:00:00+08:00');
const midnight = Date.parse('2026-03-02T23:30:00+08:00');

describe('station filters', () => {
  it('no filter keeps every live station, never a deleted one', () => {
    expect(matchesStation(station({}), NO_STATION_FILTER, noon)).toBe(true);
    expect(matchesStation(station({ deleted: true }), NO_STATION_FILTER, noon)).toBe(false);
  });

  it('services: the station must offer every chosen service', () => {
    const filter = { ...NO_STATION_FILTER, services: ['water', 'charging'] as const };
    expect(matchesStation(station({}), filter, noon)).toBe(true);
    expect(matchesStation(station({ services: ['water'] }), filter, noon)).toBe(false);
  });

  it('24 小时 and open now', () => {
    const allDay = { ...NO_STATION_FILTER, allDay: true };
    expect(matchesStation(station({}), allDay, noon)).toBe(false);
    expect(matchesStation(station({ hours: { allDay: true } }), allDay, noon)).toBe(true);
    const openNow = { ...NO_STATION_FILTER, openNow: true };
    expect(matchesStation(station({}), openNow, noon)).toBe(true);
    expect(matchesStation(station({}), openNow, midnight)).toBe(false);
  });
});

describe('jobs on the map', () => {
  it('shows what the job list shows: open, not deleted, and it needs a position', () => {
    expect(isPlacedOpenJob(job({}))).toBe(true);
    expect(isPlacedOpenJob(job({ status: 'filled' }))).toBe(false);
    expect(isPlacedOpenJob(job({ deleted: true }))).toBe(false);
    expect(isPlacedOpenJob(job({ lat: undefined, lon: undefined }))).toBe(false);
  });
});

describe('toggle', () => {
  it('adds and removes', () => {
    expect(toggle(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});
