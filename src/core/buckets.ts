/**
 * Partial replication (SYNC.md §2.7): a record lives in every bucket named from its own
 * fields, so the client and the server compute the same names. Which of those buckets an
 * account may hold is decided by the server on every pull (src/core/access.ts).
 *
 * - `stations`, `ref`: public (stations; policies, courses, events)
 * - `jobs:cty:{county}`: public job postings of a county
 * - `employers:cty:{county}`, `seekers:cty:{county}`: staff working that county
 * - `complaints:cty:{county}`: complaints not yet routed to a station (the county's desks)
 * - `desk:st:{station}`: what a station's desk handles: its seekers, applications,
 *   enrollments, complaints and walk-ins
 * - `reviews:cty:{county}`: possible duplicates and identity conflicts for the county's staff
 * - `reg:u:{user}`: the seekers a field worker registered
 * - `own:seeker:{seeker}`: a worker's own profile, applications, sign-ups, points, complaints
 * - `emp:u:{user}`: applications to the jobs an employer posted
 * - `all`: every record, the admin's only bucket: read straight from the change log, so an
 *   admin's device keeps one cursor however many buckets the county has
 */
import { type AnyRecord, KINDS, type Kind, type RecordByKind } from './records';
import { countyOf } from './rules';

export const ALL_BUCKET = 'all';

export function bucketsOf<K extends Kind>(kind: K, record: RecordByKind[K]): string[] {
  const r = record as AnyRecord & Record<string, unknown>;
  const county = () => countyOf(r.regionCode as string);
  const desk = r.stationId ? [`desk:st:${r.stationId as string}`] : [];
  const own = r.seekerId ? [`own:seeker:${r.seekerId as string}`] : [];
  switch (kind) {
    case 'station':
      return ['stations'];
    case 'policy':
    case 'course':
    case 'event':
      return ['ref'];
    case 'job':
      return [`jobs:cty:${county()}`];
    case 'employer':
      return [`employers:cty:${county()}`];
    case 'seeker': {
      const registrar =
        r.registeredBy === 'staff' && r.registeredByUser ? [`reg:u:${r.registeredByUser as string}`] : [];
      return [`seekers:cty:${county()}`, ...desk, ...registrar, `own:seeker:${r.id}`];
    }
    case 'complaint':
      // The filer sees it unless they chose to stay anonymous; one desk handles it.
      return [...(r.anonymous ? [] : own), ...(desk.length > 0 ? desk : [`complaints:cty:${county()}`])];
    case 'application':
      return [...own, ...desk, ...(r.jobOwner ? [`emp:u:${r.jobOwner as string}`] : [])];
    case 'enrollment':
      return [...own, ...desk];
    case 'visit':
      return desk;
    case 'points':
      return own;
    case 'review':
      return [`reviews:cty:${county()}`, ...desk];
    default:
      return [];
  }
}

/** Does a device hold this record through `bucket`? */
export function holds<K extends Kind>(bucket: string, kind: K, record: RecordByKind[K]): boolean {
  return bucket === ALL_BUCKET || bucketsOf(kind, record).includes(bucket);
}

/** Which record kinds can appear in a bucket, so a reset only scans the tables it must. */
export function kindsInBucket(bucket: string): Kind[] {
  if (bucket === ALL_BUCKET) return KINDS;
  const prefix = bucket.split(':')[0];
  const byPrefix: Record<string, Kind[]> = {
    stations: ['station'],
    ref: ['policy', 'course', 'event'],
    jobs: ['job'],
    employers: ['employer'],
    seekers: ['seeker'],
    complaints: ['complaint'],
    desk: ['seeker', 'application', 'enrollment', 'complaint', 'visit', 'review'],
    reviews: ['review'],
    reg: ['seeker'],
    own: ['seeker', 'application', 'enrollment', 'points', 'complaint'],
    emp: ['application'],
  };
  return byPrefix[prefix] ?? [];
}
