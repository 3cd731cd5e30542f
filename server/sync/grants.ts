/**
 * Which buckets an account may hold, computed on every pull from the token's claims and
 * the database (src/core/access.ts has the rules), never from the client's list. The
 * client only says which counties' jobs it wants to follow.
 */
import { type Actor, grantsFor } from '../../src/core/access';
import { bucketPattern, parseBucket } from '../../src/core/buckets';
import type { Queryable } from '../db/database';

export async function grantedBuckets(
  q: Queryable,
  actor: Actor,
  followed: readonly string[] = [],
  noPlace = false,
): Promise<string[]> {
  // Which counties have jobs matters only to an older device that follows none (it gets them all).
  if (actor.role === 'admin') return grantsFor(actor, followed, { jobCounties: [], ownSeekerIds: [] });
  const jobs =
    followed.length === 0 && !noPlace
      ? await q.query<{ bucket: string }>('SELECT DISTINCT bucket FROM sync_log WHERE bucket LIKE $1', [
          bucketPattern('jobs'),
        ])
      : [];
  const own =
    actor.role === 'worker' && actor.userId
      ? await q.query<{ id: string }>(
          `SELECT id FROM records WHERE kind = 'seeker' AND NOT deleted AND data @> $1::text::jsonb`,
          [JSON.stringify({ registeredBy: 'self', registeredByUser: actor.userId })],
        )
      : [];
  return grantsFor(actor, followed, {
    jobCounties: jobs.flatMap((r) => parseBucket(r.bucket)?.scope ?? []),
    ownSeekerIds: own.map((r) => r.id),
  });
}
