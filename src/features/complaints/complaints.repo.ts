/** Complaints on this device: the worker's own, or those a desk handles (grants decide which arrive). */
import type { Complaint } from '../../core/records';
import type { GigDb } from '../../db/db';

export async function complaintsOnDevice(db: GigDb): Promise<Complaint[]> {
  return (await db.complaints.toArray()).sort((a, b) => b.updatedAt - a.updatedAt);
}

export function complaintById(db: GigDb, id: string): Promise<Complaint | undefined> {
  return db.complaints.get(id);
}

/** The things that help a wage claim, asked as a checklist so nobody needs to know the terms. */
export const EVIDENCE_ITEMS = ['考勤记录', '工资条或欠条', '聊天记录', '工友证言', '劳动合同'] as const;
