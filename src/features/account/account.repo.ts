/** The logged-in account and the unsent work of other accounts on this device, read live. */
import type { GigDb } from '../../db/db';
import { othersPendingCount } from '../../db/outbox-view';
import { ownerOf, readSession, type Session } from '../../db/session';

export interface AccountState {
  session: Session | undefined;
  /** Unsent entries made by other accounts (or before any login) on this device: they wait for their author. */
  othersPending: number;
}

export async function accountState(db: GigDb): Promise<AccountState> {
  const session = await readSession(db);
  return { session, othersPending: await othersPendingCount(db, ownerOf(session)) };
}
