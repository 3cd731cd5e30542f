/** The hall screen's order and rotation: checked jobs first, newest first; panels round and round. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SECONDS,
  JOB_PANELS_MAX,
  JOBS_PER_PANEL,
  nextPanel,
  occupationHeat,
  panelsOf,
  screenJobOrder,
  secondsPerPanel,
} from '../../../src/features/screen/panels';
import { serverJob } from '../../fixtures/records';

const verified = { state: 'verified' as const };

describe('screenJobOrder()', () => {
  it('puts the jobs a desk checked first, each group newest first', () => {
    const old = serverJob({ title: '旧的已核实', postedAt: 1_000, verification: verified });
    const fresh = serverJob({ title: '新的未核实', postedAt: 3_000 });
    const newer = serverJob({ title: '新的已核实', postedAt: 2_000, verification: verified });
    const oldest = serverJob({ title: '最旧未核实', postedAt: 500 });
    expect(screenJobOrder([oldest, old, fresh, newer]).map((j) => j.title)).toEqual([
      '新的已核实',
      '旧的已核实',
      '新的未核实',
      '最旧未核实',
    ]);
  });
});

describe('occupationHeat()', () => {
  it('ranks occupations by open jobs, with how many people wish for each when the phone holds profiles', () => {
    const jobs = ['cleaner', 'cleaner', 'cook', 'cleaner', 'cook', 'porter'].map((occupationCode) => ({
      occupationCode,
    }));
    expect(occupationHeat(jobs, [['cook'], ['cook', 'cook', 'porter'], []])).toEqual([
      { occupationCode: 'cleaner', jobs: 3, seekers: 0 },
      { occupationCode: 'cook', jobs: 2, seekers: 2 },
      { occupationCode: 'porter', jobs: 1, seekers: 1 },
    ]);
    expect(occupationHeat(jobs, [])[0]).toEqual({ occupationCode: 'cleaner', jobs: 3, seekers: undefined });
  });
});

describe('panelsOf()', () => {
  const none = { jobs: [], heat: [], events: [], courses: [], policies: [] };

  it('pages the jobs, caps them, and leaves empty panels out', () => {
    const jobs = Array.from({ length: 20 }, (_, i) => serverJob({ postedAt: i }));
    const panels = panelsOf({ ...none, jobs, heat: occupationHeat(jobs, []) });
    expect(panels.map((p) => p.kind)).toEqual([...Array(JOB_PANELS_MAX).fill('jobs'), 'heat']);
    const first = panels[0];
    expect(first.kind === 'jobs' && first.jobs.map((j) => j.postedAt)).toEqual([19, 18, 17]);
    expect(first.kind === 'jobs' && [first.page, first.pages]).toEqual([1, JOB_PANELS_MAX]);
    expect(panels.flatMap((p) => (p.kind === 'jobs' ? p.jobs : []))).toHaveLength(JOBS_PER_PANEL * JOB_PANELS_MAX);
    expect(panelsOf(none)).toEqual([]);
  });
});

describe('rotation', () => {
  it('goes round the panels and stays at 0 when there are none', () => {
    expect([0, 1, 2].map((i) => nextPanel(i, 3))).toEqual([1, 2, 0]);
    expect(nextPanel(0, 0)).toBe(0);
  });

  it('takes the seconds per panel from the address, never under 2', () => {
    expect(secondsPerPanel('3')).toBe(3);
    expect(secondsPerPanel(undefined)).toBe(DEFAULT_SECONDS);
    expect(secondsPerPanel('0.5')).toBe(DEFAULT_SECONDS);
    expect(secondsPerPanel('abc')).toBe(DEFAULT_SECONDS);
  });
});
