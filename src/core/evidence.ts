/**
 * What helps a wage claim: the 维权 checklist, and the evidence a 求助 says the worker has.
 * Kept apart from worklog.ts, which the record schemas (and so the first bundle) import.
 */
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
