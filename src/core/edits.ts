/**
 * Editing a record someone else may be editing too (SYNC.md §2.8). An edit carries `base`:
 * the values of the fields it changes as the editor saw them, unsent edits on the phone
 * included. The server compares field by field: a field whose stored value is not what the
 * editor saw was changed by someone else meanwhile. A desk's own second offline edit in a
 * row starts from its first, which the server has applied by then, so it is not a conflict.
 */

/** JSON with every object's keys in order: PostgreSQL's jsonb does not keep the order they were sent in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  ) ?? 'undefined';

/** Equal as stored data: key order aside, and an absent key is an undefined one. */
export const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/** What the editor saw: `base`, or from apps before `base`, only the row version they loaded. */
export interface Seen<T> {
  base?: Partial<T>;
  baseVersion?: number;
}

/**
 * Has someone else changed `field` since the editor saw the record? With `base`, when the
 * stored value is not the one they saw; with only a version, after any write since, the
 * editor's own included (why `base` replaced it).
 */
export function changedSince<T extends object>(
  stored: T & { version: number },
  seen: Seen<T>,
  field: keyof T,
): boolean {
  return seen.base ? !same(seen.base[field], stored[field]) : stored.version > (seen.baseVersion ?? 0);
}

/**
 * An edit form's changes to a record: `patch`, the fields whose values differ (an unchanged
 * field resent would overwrite someone else's newer value), and `base`, what the editor saw
 * of those fields.
 */
export function changesOf<T extends object, V extends object>(
  current: T,
  values: V,
): { patch: Partial<V>; base: Partial<T> } {
  const was = current as Record<string, unknown>;
  const changed = Object.entries(values).filter(([field, value]) => !same(value, was[field]));
  return {
    patch: Object.fromEntries(changed) as Partial<V>,
    base: Object.fromEntries(changed.map(([field]) => [field, was[field]])) as Partial<T>,
  };
}
