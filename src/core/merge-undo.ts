/**
 * What a merge changed, and undoing it. Only the server keeps this (the merge a device
 * receives never carries it) and only the server undoes a merge, so the server hands it to
 * the mutators (`MutationContext.mergeUndo`) and the app never loads it.
 */
import type { MutationContext, MutationTx } from './mutators';
import { type Review, type Seeker, SeekerSchema } from './records';
import { same } from './edits';
import { isEmpty } from './seekers';
import { MutationError, validate } from './validation';

/** What a merge added to the kept profile: fields it filled (paths like `wishes.minWage`), and list items. */
export interface MergeDiff {
  filled: string[];
  added: Record<string, string[]>;
}

const LISTS = ['skills', 'languages', 'groups', 'wishes.occupations', 'wishes.payPeriods'];
/** Fields compared when undoing; fieldClock and the record's own bookkeeping are not profile data. */
const NOT_PROFILE = new Set(['id', 'version', 'updatedAt', 'deleted', 'fieldClock', 'mergedInto', 'wishes']);

const at = (record: object, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record);

function paths(record: Seeker): string[] {
  const top = Object.keys(record).filter((f) => !NOT_PROFILE.has(f));
  return [...top, ...Object.keys(record.wishes ?? {}).map((f) => `wishes.${f}`)];
}

/** The difference between a profile before a merge and after it, for undoing the merge later. */
export function mergeDiff(before: Seeker, after: Seeker): MergeDiff {
  const diff: MergeDiff = { filled: [], added: {} };
  for (const path of paths(after)) {
    if (LISTS.includes(path)) {
      const had = (at(before, path) as string[] | undefined) ?? [];
      const items = ((at(after, path) as string[] | undefined) ?? []).filter((item) => !had.includes(item));
      if (items.length > 0) diff.added[path] = items;
    } else if (isEmpty(at(before, path)) && !isEmpty(at(after, path))) diff.filled.push(path);
  }
  return diff;
}

/**
 * Undo a merge on the kept profile: a field the merge filled goes back to empty if it still
 * holds what came from `dropped` (a later edit is kept), and list items it added are taken out.
 */
export function unmergeProfile(kept: Seeker, dropped: Seeker, diff: MergeDiff): Seeker {
  const restored: Seeker = { ...kept, wishes: { ...kept.wishes }, fieldClock: { ...kept.fieldClock } };
  const holder = (path: string) => (path.startsWith('wishes.') ? restored.wishes : restored) as Record<string, unknown>;
  const leaf = (path: string) => path.split('.').at(-1) as string;
  for (const path of diff.filled) {
    if (!same(at(restored, path), at(dropped, path))) continue;
    delete holder(path)[leaf(path)];
    delete restored.fieldClock?.[leaf(path)];
  }
  for (const [path, items] of Object.entries(diff.added)) {
    const list = (at(restored, path) as string[] | undefined) ?? [];
    holder(path)[leaf(path)] = list.filter((item) => !items.includes(item));
  }
  return restored;
}

type Undo = NonNullable<NonNullable<Review['merge']>['undo']>[number];

/**
 * Undo a merge: each merged-away profile comes back, the kept one loses what it brought
 * (unless edited since), and the records the merge moved go home.
 */
export async function undoMerge(tx: MutationTx, ctx: MutationContext, merge: NonNullable<Review['merge']>) {
  for (const undo of [...(merge.undo ?? [])].reverse()) await unmergeOne(tx, ctx, merge.keep, undo);
}

async function unmergeOne(tx: MutationTx, ctx: MutationContext, keepId: string, undo: Undo): Promise<void> {
  const keep = await tx.get('seeker', keepId);
  const drop = await tx.get('seeker', undo.from);
  if (!keep || keep.deleted || !drop || drop.mergedInto !== keepId) {
    throw new MutationError('CANNOT_UNDO', `seeker ${undo.from} is no longer merged into ${keepId}`, 'id');
  }
  await tx.put('seeker', valid({ ...unmergeProfile(keep, drop, undo), updatedAt: ctx.now }));
  const { mergedInto: _mergedInto, ...restored } = drop;
  await tx.put('seeker', valid({ ...restored, deleted: false, updatedAt: ctx.now }));
  for (const { kind, id } of undo.moved) {
    const record = await tx.get(kind, id);
    if (record && record.seekerId === keepId) await tx.put(kind, { ...record, seekerId: drop.id, updatedAt: ctx.now });
  }
}

function valid(seeker: Seeker): Seeker {
  const result = validate(SeekerSchema, seeker);
  if (!result.ok) throw new MutationError('INVALID', result.errors[0].message, result.errors[0].field);
  return result.value;
}

/** The server's power to record and undo merges, given to the mutators it runs. */
export interface MergeUndo {
  diff(before: Seeker, after: Seeker): MergeDiff;
  undo(tx: MutationTx, ctx: MutationContext, merge: NonNullable<Review['merge']>): Promise<void>;
}

export const mergeUndo: MergeUndo = { diff: mergeDiff, undo: undoMerge };
