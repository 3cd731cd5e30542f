/**
 * The 维权 evidence checklist as ticked on this phone (the phone's, not an account's): the
 * rights page ticks it, a 求助 starts its evidence from it.
 */
import { EVIDENCE, EVIDENCE_CODES, type EvidenceCode } from '../core/evidence';
import type { GigDb } from '../db/db';

const CHECKLIST_KEY = 'rights.evidence';

/** The items the worker ticked on this phone (the checklist is the phone's, not an account's). */
export async function checkedEvidence(db: GigDb): Promise<EvidenceCode[]> {
  const stored = (await db.meta.get(CHECKLIST_KEY))?.value;
  return Array.isArray(stored) ? EVIDENCE_CODES.filter((code) => stored.includes(code)) : [];
}

export async function setCheckedEvidence(db: GigDb, codes: readonly EvidenceCode[]): Promise<void> {
  await db.meta.put({ key: CHECKLIST_KEY, value: [...codes] });
}

/** The names of what the worker ticked on this phone, for a 求助 to start from. */
export async function evidenceOnPhone(db: GigDb): Promise<string[]> {
  return (await checkedEvidence(db)).map((code) => EVIDENCE[code]);
}
