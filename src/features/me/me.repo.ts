/** What 我的 reads on the device: the unsent and refused writes in words. */
import type { GigDb } from '../../db/db';
import { pendingCount, pendingEntries, rejectedCount, rejectedEntries } from '../../db/outbox-view';

/** An unsent write as 我的 lists it: "报名：保洁员（总寨镇）" and when it was made. */
export interface PendingLine {
  seq: number;
  at: number;
  text: string;
}

/** A refused write with the server's reason (a code src/ui/errors.ts words). */
export interface RefusedLine extends PendingLine {
  /** Why the server refused it, in words. */
  reason: string;
}

/** How many writes the phone holds, unsent or refused: none on a first visit. */
export async function heldWrites(db: GigDb): Promise<number> {
  const [pending, refused] = await Promise.all([pendingCount(db), rejectedCount(db)]);
  return pending + refused;
}

/**
 * What wording writes takes: their words (with the place and occupation names they need) and
 * the outbox's own rules (which bring every mutator). 我的 loads it only once the phone holds
 * a write, so a first visit paints without it.
 */
export async function loadWording() {
  const [{ describeWrite }, { waitingForLoginCount }, { errorText }] = await Promise.all([
    import('./writes'),
    import('../../db/outbox'),
    import('../../ui/errors'),
  ]);
  return { describeWrite, waitingForLoginCount, errorText };
}

export type Wording = Awaited<ReturnType<typeof loadWording>>;

export async function pendingLines(db: GigDb, { describeWrite }: Wording): Promise<PendingLine[]> {
  const entries = await pendingEntries(db);
  return Promise.all(entries.map(async (e) => ({ seq: e.seq, at: e.at, text: await describeWrite(db, e) })));
}

export async function refusedLines(db: GigDb, { describeWrite, errorText }: Wording): Promise<RefusedLine[]> {
  const entries = await rejectedEntries(db);
  return Promise.all(
    entries.map(async (e) => ({
      seq: e.seq,
      at: e.at,
      text: await describeWrite(db, e),
      reason: errorText(e.code, e.field),
    })),
  );
}
