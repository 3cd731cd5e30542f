/**
 * Rules for job-seeker profiles (SYNC.md §2.8): several people edit one profile offline for
 * days (field staff, the desk, the worker), so each field keeps the latest edit by the
 * writers' clocks, not by arrival; identity fields changed behind someone's back, and
 * people registered twice, become review items for the desk, never silent merges.
 */
import { same } from './edits';
import type { Seeker } from './records';

/** Changing who a profile is about needs a look from the desk if someone else edited meanwhile. */
export const IDENTITY_FIELDS = ['name', 'birthYear'] as const;

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
 * An identity field someone else changed since the editor saw it (`changedByOther`) is held
 * back as a conflict when the edit would change it.
 */
export function lwwPatch(
  seeker: Seeker,
  patch: Partial<Seeker>,
  clock: number,
  changedByOther: (field: keyof Seeker) => boolean,
): PatchOutcome {
  const fieldClock = { ...seeker.fieldClock };
  const accepted: Partial<Seeker> = {};
  const conflicts: string[] = [];
  for (const [field, value] of Object.entries(patch) as [keyof Seeker, unknown][]) {
    if ((fieldClock[field] ?? 0) > clock) continue;
    const identity = (IDENTITY_FIELDS as readonly string[]).includes(field);
    if (identity && !same(seeker[field], value) && changedByOther(field)) {
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

export const isEmpty = (value: unknown) =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
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
