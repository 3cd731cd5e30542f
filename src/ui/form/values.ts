/**
 * Turning what was typed into a mutator's arguments. Inputs hold text while the user types;
 * these convert it at submit, leaving anything unreadable as text so the shared schema
 * names the problem ("请填整数") instead of the form guessing.
 */

/** A required number: '' and non-numbers stay as typed, for the schema to refuse. */
export const asNumber = (text: string): number | string =>
  text.trim() === '' || Number.isNaN(Number(text)) ? text : Number(text);

/** An optional number: '' is "not given". */
export const asOptionalNumber = (text: string): number | string | undefined =>
  text.trim() === '' ? undefined : asNumber(text);

/** An optional text: blank is "not given", otherwise trimmed. */
export const asOptionalText = (text: string): string | undefined => text.trim() || undefined;

/** `list` with `item` added, or removed if present; never more than `max` items. */
export function toggled<T>(list: readonly T[], item: T, max = Number.POSITIVE_INFINITY): T[] {
  if (list.includes(item)) return list.filter((x) => x !== item);
  return list.length < max ? [...list, item] : [...list];
}
