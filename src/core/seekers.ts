/**
 * Rules for job-seeker profiles (SYNC.md §2.8): several people edit one profile offline for
 * days (field staff, the desk, the worker), so each field keeps the latest edit by the
 * writers' clocks, not by arrival; identity fields changed behind someone's back, and
 * people registered twice, become review items for the desk, never silent merges.
 */
import type { Seeker } from './records';

/** Changing who a profile is about needs a look from the desk if someone else edited meanwhile. */
export const IDENTITY_FIELDS = ['name', 'birthYear'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface PatchOutcome {
  /** The fields that win, to apply. */
  accepted: Partial<Seeker>;
  fieldClock: Record<string, number>;
  /** Identity fields a stale edit tried to change: `name: 马师傅 → 马大师傅`. */
  conflicts: string[];
}

/**
 * Per-field last-writer-wins: a field takes the incoming value unless the edit that set it
 * has a later clock. Equal clocks go to the later arrival: a phone whose clock runs ahead has
 * every edit capped to the same server time + 5 min, and its own edits arrive in order.
 * `stale` says the editor saw an older version; then identity fields that differ are held
 * back as conflicts.
 */
export function lwwPatch(seeker: Seeker, patch: Partial<Seeker>, clock: number, stale: boolean): PatchOutcome {
  const fieldClock = { ...seeker.fieldClock };
  const accepted: Partial<Seeker> = {};
  const conflicts: string[] = [];
  for (const [field, value] of Object.entries(patch) as [keyof Seeker, unknown][]) {
    if ((fieldClock[field] ?? 0) > clock) continue;
    if (stale && (IDENTITY_FIELDS as readonly string[]).includes(field) && !same(seeker[field], value)) {
      conflicts.push(`${field}: ${String(seeker[field] ?? '')} → ${String(value ?? '')}`);
      continue;
    }
    Object.assign(accepted, { [field]: value });
    fieldClock[field] = clock;
  }
  return { accepted, fieldClock, conflicts };
}

/** Ways two registrations can be one person: same name and phone, or same name, birth year and village. */
export function duplicateKeys(seeker: Seeker): Record<string, string | number>[] {
  const keys: Record<string, string | number>[] = [];
  if (seeker.phone) keys.push({ name: seeker.name, phone: seeker.phone });
  if (seeker.birthYear && seeker.village)
    keys.push({ name: seeker.name, birthYear: seeker.birthYear, village: seeker.village });
  return keys;
}

const isEmpty = (value: unknown) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
const union = <T>(a: readonly T[] = [], b: readonly T[] = []) => [...new Set([...a, ...b])];

/**
 * One profile from two, losing nothing: the kept profile's values stay, empty ones are
 * filled from the other, lists are joined, and each field keeps the later clock.
 */
export function mergeProfiles(keep: Seeker, drop: Seeker): Seeker {
  const merged: Seeker = { ...keep };
  for (const [field, value] of Object.entries(drop) as [keyof Seeker, unknown][]) {
    if (isEmpty(merged[field]) && !isEmpty(value)) Object.assign(merged, { [field]: value });
  }
  merged.skills = union(keep.skills, drop.skills);
  merged.languages = union(keep.languages, drop.languages);
  merged.groups = union(keep.groups, drop.groups);
  merged.wishes = {
    ...drop.wishes,
    ...Object.fromEntries(Object.entries(keep.wishes).filter(([, v]) => !isEmpty(v))),
    occupations: union(keep.wishes.occupations, drop.wishes.occupations),
    payPeriods: union(keep.wishes.payPeriods, drop.wishes.payPeriods),
  };
  const clocks = { ...drop.fieldClock };
  for (const [field, at] of Object.entries(keep.fieldClock ?? {})) clocks[field] = Math.max(at, clocks[field] ?? 0);
  merged.fieldClock = clocks;
  return merged;
}

/**
 * A self-registered profile's phone is its account's login phone (the server sets it).
 * Merging it with a profile that has another phone, or none, could hand one person's record
 * to someone else, so the desk must first check who the person is, face to face.
 */
export function needsIdentityCheck(profiles: readonly Seeker[]): boolean {
  const loginPhones = profiles.filter((p) => p.registeredBy === 'self').map((p) => p.phone);
  return (
    loginPhones.length > 0 &&
    profiles.some((p) => loginPhones.some((phone) => phone === undefined || p.phone !== phone))
  );
}

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
