/** A person's points ledger on this phone: the entries, newest first, and their sum. */
import type { Points } from '../../core/records';
import type { GigDb } from '../../db/db';

export interface Ledger {
  entries: Points[];
  /** Always the sum of the entries: no total is ever stored. */
  balance: number;
}

export const EMPTY_LEDGER: Ledger = { entries: [], balance: 0 };

export async function ledgerOf(db: GigDb, seekerId: string | undefined): Promise<Ledger> {
  if (!seekerId) return EMPTY_LEDGER;
  const entries = await db.points.where('seekerId').equals(seekerId).toArray();
  entries.sort((a, b) => b.at - a.at);
  return { entries, balance: entries.reduce((sum, p) => sum + p.delta, 0) };
}
