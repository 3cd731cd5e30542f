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
 *   enrollments, complaints, walk-ins, the points entries it made and its notice-board print log
 * - `reviews:cty:{county}`: possible duplicates and identity conflicts for the county's staff
 * - `asks:cty:{county}`: 我想学 requests of the county, for its desks
 * - `reg:u:{user}`: the seekers a field worker registered
 * - `own:seeker:{seeker}`: a worker's own profile, applications, sign-ups, points, complaints
 * - `emp:u:{user}`: applications to the jobs an employer posted
 * - `worklog:u:{user}`: a worker's 记工, their own days of work (nobody else's device holds them)
 * - `all`: every record, the admin's only bucket: read straight from the change log, so an
 *   admin's device keeps one cursor however many buckets the county has
 */
import { type AnyRecord, KINDS, type Kind, type RecordByKind } from './records';
import { countyOf } from './regions/codes';

/** The public buckets: every device may hold them. */
export const PUBLIC_BUCKETS = ['stations', 'ref'] as const;
type PublicFamily = (typeof PUBLIC_BUCKETS)[number];

/** The scoped bucket families and what their scope is: a county, a station, a user or a seeker. */
const SCOPE_TAG = {
  jobs: 'cty',
  employers: 'cty',
  seekers: 'cty',
  complaints: 'cty',
  reviews: 'cty',
  asks: 'cty',
  desk: 'st',
  reg: 'u',
  own: 'seeker',
  emp: 'u',
  worklog: 'u',
} as const;
export type ScopedFamily = keyof typeof SCOPE_TAG;
export type BucketFamily = PublicFamily | ScopedFamily;

/** `jobs:cty:630103`: a family's bucket for one county, station, user or seeker. */
export function bucketName(family: ScopedFamily, scope: string): string {
  return `${family}:${SCOPE_TAG[family]}:${scope}`;
}

/** A SQL `LIKE` pattern matching every bucket of a family. */
export function bucketPattern(family: ScopedFamily): string {
  return `${family}:${SCOPE_TAG[family]}:%`;
}

/** The family and scope of a bucket name; undefined for a name no family makes. */
export function parseBucket(name: string): { family: BucketFamily; scope?: string } | undefined {
  if ((PUBLIC_BUCKETS as readonly string[]).includes(name)) return { family: name as PublicFamily };
  const [family, tag, scope] = name.split(':', 3);
  if (!Object.hasOwn(SCOPE_TAG, family) || SCOPE_TAG[family as ScopedFamily] !== tag || !scope) return undefined;
  return { family: family as ScopedFamily, scope };
}

export const ALL_BUCKET = 'all';

export function bucketsOf<K extends Kind>(kind: K, record: RecordByKind[K]): string[] {
  const r = record as AnyRecord & Record<string, unknown>;
  const county = () => countyOf(r.regionCode as string);
  const desk = r.stationId ? [bucketName('desk', r.stationId as string)] : [];
  const own = r.seekerId ? [bucketName('own', r.seekerId as string)] : [];
  switch (kind) {
    case 'station':
      return ['stations'];
    case 'policy':
    case 'course':
    case 'event':
      return ['ref'];
    case 'job':
      return [bucketName('jobs', county())];
    case 'employer':
      return [bucketName('employers', county())];
    case 'seeker': {
      const registrar =
        r.registeredBy === 'staff' && r.registeredByUser ? [bucketName('reg', r.registeredByUser as string)] : [];
      return [bucketName('seekers', county()), ...desk, ...registrar, bucketName('own', r.id)];
    }
    case 'complaint':
      // The filer sees it unless they chose to stay anonymous; one desk handles it.
      return [...(r.anonymous ? [] : own), ...(desk.length > 0 ? desk : [bucketName('complaints', county())])];
    case 'application':
      return [...own, ...desk, ...(r.jobOwner ? [bucketName('emp', r.jobOwner as string)] : [])];
    case 'enrollment':
      return [...own, ...desk];
    case 'courseRequest':
      return [...own, bucketName('asks', county())];
    case 'visit':
      // A person's own door check-ins come back to their phone (today's 已签到); a desk's log of them does not.
      return [...desk, ...(r.checkInDay === undefined ? [] : own)];
    case 'boardPrint':
      return desk;
    case 'points':
      // The person's own ledger, and the desk that made the entry.
      return [...own, ...desk];
    case 'review':
      return [bucketName('reviews', county()), ...desk];
    case 'workday':
      return [bucketName('worklog', r.ownerId as string)];
    default:
      return [];
  }
}

/** Does a device hold this record through `bucket`? */
export function holds<K extends Kind>(bucket: string, kind: K, record: RecordByKind[K]): boolean {
  return bucket === ALL_BUCKET || bucketsOf(kind, record).includes(bucket);
}

const KINDS_IN: Record<BucketFamily, Kind[]> = {
  stations: ['station'],
  ref: ['policy', 'course', 'event'],
  jobs: ['job'],
  employers: ['employer'],
  seekers: ['seeker'],
  complaints: ['complaint'],
  desk: ['seeker', 'application', 'enrollment', 'complaint', 'visit', 'review', 'points', 'boardPrint'],
  reviews: ['review'],
  asks: ['courseRequest'],
  reg: ['seeker'],
  own: ['seeker', 'application', 'enrollment', 'points', 'complaint', 'courseRequest', 'visit'],
  emp: ['application'],
  worklog: ['workday'],
};

/** Which record kinds can appear in a bucket, so a reset only scans the tables it must. */
export function kindsInBucket(bucket: string): Kind[] {
  if (bucket === ALL_BUCKET) return KINDS;
  const parsed = parseBucket(bucket);
  return parsed ? KINDS_IN[parsed.family] : [];
}
