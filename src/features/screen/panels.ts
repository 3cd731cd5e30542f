/**
 * What the hall screen (大屏) shows and in which order: pure, so the rotation and the
 * ordering are tested without a browser. StationScreen reads the records (screen.repo.ts)
 * and turns them into panels here.
 */
import type { Course, Event, Job, Policy } from '../../core/records';

/** Jobs one panel shows (each with its wage big and a QR code), and how many panels at most. */
export const JOBS_PER_PANEL = 3;
export const JOB_PANELS_MAX = 4;
/** Occupations the heat panel lists. */
export const HEAT_ROWS = 6;
/** Seconds a panel stays unless the address says `?every=<seconds>` (tests, a slow reader's hall). */
export const DEFAULT_SECONDS = 15;

export type Panel =
  | { kind: 'jobs'; jobs: Job[]; page: number; pages: number }
  | { kind: 'heat'; rows: HeatRow[] }
  | { kind: 'today'; events: Event[]; courses: Course[] }
  | { kind: 'policies'; policies: Policy[] };

export interface HeatRow {
  occupationCode: string;
  jobs: number;
  /** People on this phone who wish for it; absent when the phone holds no one's profile. */
  seekers?: number;
}

const isVerified = (job: Job) => job.verification.state === 'verified';

/** Checked jobs first (the desk stands behind them), each group newest first. */
export function screenJobOrder(jobs: readonly Job[]): Job[] {
  return [...jobs].sort((a, b) => Number(isVerified(b)) - Number(isVerified(a)) || b.postedAt - a.postedAt);
}

/**
 * The occupations most asked for: open jobs per occupation, and beside it how many people
 * wish for it when the phone holds profiles (a desk's does; the numbers only, never who).
 */
export function occupationHeat(
  jobs: readonly Pick<Job, 'occupationCode'>[],
  wishes: readonly (readonly string[])[],
): HeatRow[] {
  const jobCount = tally(jobs.map((j) => j.occupationCode));
  const seekerCount = tally(wishes.flatMap((codes) => [...new Set(codes)]));
  const withSeekers = wishes.length > 0;
  return [...jobCount]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, HEAT_ROWS)
    .map(([occupationCode, n]) => ({
      occupationCode,
      jobs: n,
      seekers: withSeekers ? (seekerCount.get(occupationCode) ?? 0) : undefined,
    }));
}

function tally(codes: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts;
}

export interface ScreenContent {
  jobs: Job[];
  heat: HeatRow[];
  events: Event[];
  courses: Course[];
  policies: Policy[];
}

/** The panels in turn: the jobs (a page at a time), the heat, today, the policies; empty ones are left out. */
export function panelsOf(content: ScreenContent): Panel[] {
  const jobs = screenJobOrder(content.jobs).slice(0, JOBS_PER_PANEL * JOB_PANELS_MAX);
  const pages = Math.ceil(jobs.length / JOBS_PER_PANEL);
  const panels: Panel[] = Array.from({ length: pages }, (_, page) => ({
    kind: 'jobs',
    jobs: jobs.slice(page * JOBS_PER_PANEL, (page + 1) * JOBS_PER_PANEL),
    page: page + 1,
    pages,
  }));
  if (content.heat.length > 0) panels.push({ kind: 'heat', rows: content.heat });
  if (content.events.length + content.courses.length > 0) {
    panels.push({ kind: 'today', events: content.events, courses: content.courses });
  }
  if (content.policies.length > 0) panels.push({ kind: 'policies', policies: content.policies });
  return panels;
}

/** The panel after `current` of `count`, round and round; 0 while there are none. */
export const nextPanel = (current: number, count: number): number => (count === 0 ? 0 : (current + 1) % count);

/** Seconds per panel from the address (`?every=`): at least 2, else the default. */
export function secondsPerPanel(every: string | undefined): number {
  const seconds = Number(every);
  return Number.isFinite(seconds) && seconds >= 2 ? seconds : DEFAULT_SECONDS;
}
