/**
 * Which buckets an account may hold, decided by the server on every pull, never from the
 * client's list. The client only says which counties it follows.
 *
 * Until accounts exist every device gets the public buckets only: stations, reference
 * data (policies, courses, events) and the job buckets of the counties it follows.
 * Personal data (seekers, complaints, applications) is pushed but not replicated back.
 */
import type { Queryable } from '../db/database';

const PUBLIC = ['stations', 'ref'];

export async function grantedBuckets(q: Queryable, counties?: readonly string[]): Promise<string[]> {
  const rows = await q.query<{ bucket: string }>(`SELECT DISTINCT bucket FROM records WHERE bucket LIKE 'jobs:cty:%'`);
  const wanted = counties && counties.length > 0 ? new Set(counties.map((c) => `jobs:cty:${c}`)) : null;
  const jobBuckets = rows.map((r) => r.bucket).filter((b) => !wanted || wanted.has(b));
  return [...PUBLIC, ...jobBuckets.sort()];
}
