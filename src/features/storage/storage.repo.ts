/** What the device stores, and making room: closed jobs nobody looks at any more. */
import { type Job, recordKey } from '../../core/records';
import type { GigDb } from '../../db/db';
import { pendingAmong } from '../../db/outbox';
import { deleteRows } from '../../db/rows';

const DAY_MS = 86_400_000;
/** A job closed (filled, closed, expired) and untouched this long is safe to drop from the phone. */
export const OLD_JOB_DAYS = 30;
/** Below this much free quota, or above this share used, the page offers to make room. */
const LOW_FREE_BYTES = 50 * 1_048_576;
const LOW_SHARE = 0.8;

export interface StorageUse {
  /** Bytes this site uses and may use; undefined where the browser does not say. */
  usage?: number;
  quota?: number;
  /** True: the browser keeps the data until the user clears it; false: it may clear it under pressure. */
  persisted?: boolean;
}

export async function storageUse(): Promise<StorageUse> {
  const storage = navigator.storage;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate?.().catch(() => undefined),
    storage?.persisted?.().catch(() => undefined),
  ]);
  return { usage: estimate?.usage, quota: estimate?.quota, persisted };
}

export function quotaLow({ usage, quota }: StorageUse): boolean {
  if (usage === undefined || !quota) return false;
  return quota - usage < LOW_FREE_BYTES || usage / quota > LOW_SHARE;
}

const isOld = (job: Job, cutoff: number) =>
  job.status !== 'open' && Math.max(job.updatedAt, job.expiresAt ?? 0) < cutoff;

/** Ids of closed jobs older than OLD_JOB_DAYS without unsent changes. */
async function oldJobIds(db: GigDb, now: number): Promise<string[]> {
  const cutoff = now - OLD_JOB_DAYS * DAY_MS;
  const ids = await db.jobs
    .where('status')
    .anyOf(['filled', 'closed', 'expired'])
    .filter((job) => isOld(job, cutoff))
    .primaryKeys();
  const pending = await pendingAmong(
    db,
    ids.map((id) => recordKey('job', id)),
  );
  return ids.filter((id) => !pending.has(recordKey('job', id)));
}

export async function oldJobCount(db: GigDb, now = Date.now()): Promise<number> {
  return (await oldJobIds(db, now)).length;
}

/**
 * Drop old closed jobs from this phone (the server keeps them; a pull sends a job again only
 * if it changes). Returns how many went.
 */
export async function clearOldJobs(db: GigDb, now = Date.now()): Promise<number> {
  return db.transaction('rw', [db.jobs, db.outbox, db.changes], async () => {
    const ids = await oldJobIds(db, now);
    await deleteRows(db, 'job', ids);
    return ids.length;
  });
}
