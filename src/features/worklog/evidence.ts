/** 维权's evidence checklist: what helps a wage claim, and what this phone's worker has ticked. */
import type { GigDb } from '../../db/db';

/**
 * The evidence a wage claim needs (the 维权 checklist; a 求助 says which the worker has).
 * The Chinese names are what the desk reads on a 求助, in any language the worker uses.
 */
export const EVIDENCE = {
  contract: '劳动合同',
  chat: '约定的聊天截图',
  attendance: '考勤或记工',
  payslip: '工资条',
  transfers: '转账记录',
  witness: '证人电话',
  photos: '工地照片',
} as const;
export type EvidenceCode = keyof typeof EVIDENCE;
export const EVIDENCE_CODES = Object.keys(EVIDENCE) as EvidenceCode[];
/** The names a 求助 records, in checklist order. */
export const EVIDENCE_ITEMS = Object.values(EVIDENCE);
/** What a 求助 records when a 记工 log is attached. */
export const WORKLOG_EVIDENCE = EVIDENCE.attendance;

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
