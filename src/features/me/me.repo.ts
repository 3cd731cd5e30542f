/** What 我的 reads on the device: the unsent and refused writes in words. */
import type { GigDb } from '../../db/db';
import { pendingEntries, rejectedEntries } from '../../db/outbox-view';
import { describeWrite } from './writes';

/** An unsent write as 我的 lists it: "报名：保洁员（总寨镇）" and when it was made. */
export interface PendingLine {
  seq: number;
  at: number;
  text: string;
}

/** A refused write with the server's reason (a code src/ui/errors.ts words). */
export interface RefusedLine extends PendingLine {
  code: string;
  field?: string;
}

export async function pendingLines(db: GigDb): Promise<PendingLine[]> {
  const entries = await pendingEntries(db);
  return Promise.all(entries.map(async (e) => ({ seq: e.seq, at: e.at, text: await describeWrite(db, e) })));
}

export async function refusedLines(db: GigDb): Promise<RefusedLine[]> {
  const entries = await rejectedEntries(db);
  return Promise.all(
    entries.map(async (e) => ({
      seq: e.seq,
      at: e.at,
      text: await describeWrite(db, e),
      code: e.code,
      field: e.field,
    })),
  );
}
