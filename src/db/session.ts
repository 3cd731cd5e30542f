/**
 * Who is logged in on this device, kept beside the data it protects. The session names
 * the owner of every write made under it (SYNC.md §2.10): on a shared desk device each
 * account's unsent records wait for that account, and logging out never deletes them.
 */
import { ANONYMOUS, type Actor } from '../core/roles';
import type { AccountView } from '../core/auth';
import type { FileKey } from '../core/sync-file';
import type { GigDb } from './db';

export interface Session {
  account: AccountView;
  accessToken: string;
  accessExpiresAt: number;
  refreshToken: string;
  /** Signs this account's sync files (src/core/sync-file.ts); a session from before them gets it at the next refresh. */
  fileKey?: FileKey;
  /** The server refused the refresh token: the person must log in again; their records wait. */
  expired?: boolean;
}

const KEY = 'session';

export async function readSession(db: GigDb): Promise<Session | undefined> {
  return (await db.meta.get(KEY))?.value as Session | undefined;
}

export async function writeSession(db: GigDb, session: Session): Promise<void> {
  await db.meta.put({ key: KEY, value: session });
}

export async function clearSession(db: GigDb): Promise<void> {
  await db.meta.delete(KEY);
}

/** The owner key of writes: the account id, or '' for writes made without logging in. */
export const ownerOf = (session: Session | undefined): string => session?.account.id ?? '';

export function actorOf(session: Session | undefined): Actor {
  if (!session) return ANONYMOUS;
  const { id, role, stationIds, counties } = session.account;
  return { userId: id, role, stationIds, counties };
}
