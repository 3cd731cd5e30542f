/**
 * The 9-key phone keypad many rural users type pinyin on: b and c share a key, so typing
 * 保安 (baoan) can offer 草案 (caoan), and multi-tap slips give "kuahdi" for kuaidi. A phrase's
 * keys are the digits of its syllables; two phrases typed with the same keys are one slip apart.
 */
import type { Phrase } from './phrase';

const KEY: Record<string, string> = {};
for (const [digit, letters] of Object.entries({
  2: 'abc',
  3: 'def',
  4: 'ghi',
  5: 'jkl',
  6: 'mno',
  7: 'pqrs',
  8: 'tuv',
  9: 'wxyz',
}))
  for (const ch of letters) KEY[ch] = digit;

/** The digits typed for some letters: "baoan" → "22626". */
export function keysOf(letters: string): string {
  let out = '';
  for (const ch of letters) out += KEY[ch] ?? ch;
  return out;
}

/** Most combinations of readings a phrase's keys are taken from (polyphones multiply them). */
const MAX_READINGS = 16;

/**
 * The key sequences a phrase can be typed with, syllables separated (a 9-key IME splits
 * syllables, so 电杆工 and 电焊工 meet as 342|426|4664): the primary reading of each unit for
 * dictionary terms, every reading for what a user typed.
 */
export function keySequences(phrase: Phrase, everyReading: boolean): string[] {
  let out = [''];
  for (const u of phrase.units) {
    const digits = [...new Set((everyReading ? u.syl : u.syl.slice(0, 1)).filter(Boolean).map(keysOf))];
    if (digits.length === 0) return [];
    const next: string[] = [];
    for (const prefix of out)
      for (const d of digits) if (next.length < MAX_READINGS) next.push(prefix ? `${prefix}|${d}` : d);
    out = next;
  }
  return out;
}
