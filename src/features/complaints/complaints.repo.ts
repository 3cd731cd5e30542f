/** Complaints on this device: the worker's own, or those a desk handles (grants decide which arrive). */
import type { Complaint } from '../../core/records';
import type { GigDb } from '../../db/db';

export async function complaintsOnDevice(db: GigDb): Promise<Complaint[]> {
  return (await db.complaints.toArray()).sort((a, b) => b.updatedAt - a.updatedAt);
}

export function complaintById(db: GigDb, id: string): Promise<Complaint | undefined> {
  return db.complaints.get(id);
}
