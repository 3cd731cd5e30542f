/**
 * Partial replication: every record lives in one bucket, named from its own fields, so
 * the client and the server compute the same name. The server decides on every pull
 * which buckets an account may have (see server/sync/grants.ts).
 */
import type { AnyRecord, Kind, RecordByKind } from './records';
import { countyOf } from './rules';

export function bucketOf<K extends Kind>(kind: K, record: RecordByKind[K]): string {
  const r = record as AnyRecord & Record<string, unknown>;
  switch (kind) {
    case 'station':
      return 'stations';
    case 'policy':
    case 'course':
    case 'event':
      return 'ref';
    case 'job':
      return `jobs:cty:${countyOf(r.regionCode as string)}`;
    case 'employer':
      return `employers:cty:${countyOf(r.regionCode as string)}`;
    case 'seeker':
      return `seekers:cty:${countyOf(r.regionCode as string)}`;
    case 'complaint':
      return `complaints:cty:${countyOf(r.regionCode as string)}`;
    case 'visit':
      return `visits:st:${r.stationId as string}`;
    default:
      // application, enrollment, points: the seeker's own records.
      return `own:seeker:${r.seekerId as string}`;
  }
}

/** Which record kinds can appear in a bucket, so a reset only scans the tables it must. */
export function kindsInBucket(bucket: string): Kind[] {
  const prefix = bucket.split(':')[0];
  const byPrefix: Record<string, Kind[]> = {
    stations: ['station'],
    ref: ['policy', 'course', 'event'],
    jobs: ['job'],
    employers: ['employer'],
    seekers: ['seeker'],
    complaints: ['complaint'],
    visits: ['visit'],
    own: ['application', 'enrollment', 'points'],
  };
  return byPrefix[prefix] ?? [];
}
