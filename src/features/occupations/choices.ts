/** The picker's rule for a tap, apart from the screen so it is tested alone. */

/** What a tap on `code` makes of the chosen list: with max 1 a new choice replaces the old. */
export function afterTap(chosen: readonly string[], code: string, max: number): string[] | 'full' {
  if (chosen.includes(code)) return chosen.filter((c) => c !== code);
  if (max === 1) return [code];
  return chosen.length < max ? [...chosen, code] : 'full';
}
