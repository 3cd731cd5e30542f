/** Job queries for the list, search results, recommendations and the detail page. */
import { distanceMeters } from '../../core/geo/distance';
import type { Job, Station } from '../../core/records';
import { countyOf } from '../../core/regions/codes';
import type { GigDb } from '../../db/db';
import type { Position } from '../../ui/geolocation';

const newestFirst = (a: Job, b: Job) => b.postedAt - a.postedAt;

/**
 * 附近的活 with nothing typed: open jobs nearest first when the phone knows where it is
 * (jobs without a position after those with one), else the followed counties' jobs first
 * (the home county before the others), newest first within each.
 */
export async function nearbyOpenJobs(
  db: GigDb,
  limit: number,
  near: { position?: Position | null; counties: readonly string[] },
): Promise<{ jobs: Job[]; total: number }> {
  const total = await db.jobs.where('status').equals('open').count();
  if (near.position) {
    const here = near.position;
    const away = (job: Job) =>
      job.lat !== undefined && job.lon !== undefined
        ? distanceMeters(here, job as Required<Pick<Job, 'lat' | 'lon'>>)
        : Infinity;
    const open = await db.jobs.where('status').equals('open').toArray();
    const measured = open.map((job) => [away(job), job] as const);
    measured.sort((a, b) => a[0] - b[0] || newestFirst(a[1], b[1]));
    return { jobs: measured.slice(0, limit).map(([, job]) => job), total };
  }
  const jobs: Job[] = [];
  for (const county of near.counties) {
    if (jobs.length >= limit) break;
    // Walking the date index newest first stops at the page's last job: on a cold start a phone
    // with 4,000 of the county's jobs reads a page of them, not all 4,000 to sort them.
    const inCounty = await db.jobs
      .orderBy('postedAt')
      .reverse()
      .filter((j) => j.status === 'open' && countyOf(j.regionCode) === county)
      .limit(limit - jobs.length)
      .toArray();
    jobs.push(...inCounty);
  }
  if (jobs.length < limit) {
    // Jobs outside the followed counties (a desk's own county, or every county when all are followed).
    const elsewhere = await db.jobs
      .orderBy('postedAt')
      .reverse()
      .filter((j) => j.status === 'open' && !near.counties.includes(countyOf(j.regionCode)))
      .limit(limit - jobs.length)
      .toArray();
    jobs.push(...elsewhere);
  }
  return { jobs, total };
}

export async function jobWithStation(db: GigDb, id: string): Promise<{ job?: Job; station?: Station }> {
  const job = await db.jobs.get(id);
  const station = job?.stationId ? await db.stations.get(job.stationId) : undefined;
  return { job, station };
}

/** The jobs behind a list of hits, in hit order, skipping any that vanished meanwhile. */
export async function jobsByIds(db: GigDb, ids: string[]): Promise<Job[]> {
  return (await db.jobs.bulkGet(ids)).filter((j): j is Job => j !== undefined);
}

const feeReportKey = (jobId: string) => `feeReport:${jobId}`;

/** The 对方要我交钱 report this phone filed about a job (its complaint id), if any. */
export async function feeReportOf(db: GigDb, jobId: string): Promise<string | undefined> {
  return (await db.meta.get(feeReportKey(jobId)))?.value as string | undefined;
}

export async function rememberFeeReport(db: GigDb, jobId: string, complaintId: string): Promise<void> {
  await db.meta.put({ key: feeReportKey(jobId), value: complaintId });
}
