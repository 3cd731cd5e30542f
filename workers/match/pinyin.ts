/**
 * Pinyin at run time without pinyin-pro: a generated character → readings table (GB2312 hanzi
 * and every character of the dictionary and regions, ~19 KB gzip), a syllable segmenter for
 * what people type, and the "loose" form of a syllable that merges sounds people confuse.
 */
import table from './char-pinyin.generated.json';

const readingsByChar = new Map<string, string[]>();
for (const [group, isPrimary] of [
  [table.primary, true],
  [table.other, false],
] as const) {
  for (const [syllable, chars] of Object.entries(group as Record<string, string>)) {
    for (const ch of chars) {
      const list = readingsByChar.get(ch);
      if (!list) readingsByChar.set(ch, [syllable]);
      else if (isPrimary) list.unshift(syllable);
      else list.push(syllable);
    }
  }
}

/** Every toneless syllable, minus the interjections 'm', 'n', 'hng' that would eat letters. */
const SYLLABLES = new Set(
  [...Object.keys(table.primary), ...Object.keys(table.other)].filter((s) => s.length > 1 || /[aeo]/.test(s)),
);
const MAX_SYLLABLE = 6;

/** Readings of a character, primary first; undefined for anything but known hanzi. */
export function readings(ch: string): readonly string[] | undefined {
  return readingsByChar.get(ch);
}

export const isHan = (ch: string): boolean => /\p{Script=Han}/u.test(ch);

/** Primary pinyin of the known hanzi of a text, joined: 奈曼旗 → "naimanqi". */
export function lettersOf(text: string): string {
  let out = '';
  for (const ch of text) out += readingsByChar.get(ch)?.[0] ?? '';
  return out;
}

/** f said as hu and hu as f (湖南 funan, 飞 hui): both written as f. */
const HU_AS_F: Record<string, string> = { a: 'fa', an: 'fan', ang: 'fang', i: 'fei', n: 'fen', o: 'fo', '': 'fu' };

/**
 * Merges what speakers of many dialects and hurried typists confuse: zh/z, ch/c, sh/s, n/l,
 * f/hu (环卫 fanwei, 抹灰 mofei, 服务 huwu), and the front/back nasals an/ang, en/eng, in/ing.
 */
export function loose(syllable: string): string {
  let s = syllable
    .replace(/^([zcs])h/, '$1')
    .replace(/^n(?!g)/, 'l')
    .replace(/^hu(a|an|ang|i|n|o|)$/, (_, rest: string) => HU_AS_F[rest]);
  s = s.replace(/([aei])ng$/, '$1n');
  return s;
}

/**
 * Splits letters into pinyin syllables ("baojieyuan" → bao jie yuan), preferring fewer,
 * longer syllables ("xian" stays one). Returns undefined when the letters are not pinyin.
 */
export function segmentPinyin(letters: string): string[] | undefined {
  const n = letters.length;
  if (n === 0) return undefined;
  // best[i]: fewest syllables covering letters[i..]; Infinity when impossible.
  const best = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const next = new Array<number>(n + 1).fill(-1);
  best[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let len = Math.min(MAX_SYLLABLE, n - i); len >= 1; len--) {
      if (!SYLLABLES.has(letters.slice(i, i + len))) continue;
      const cost = best[i + len] + 1;
      if (cost < best[i]) {
        best[i] = cost;
        next[i] = i + len;
      }
    }
  }
  if (!Number.isFinite(best[0])) return undefined;
  const out: string[] = [];
  for (let i = 0; i < n; i = next[i]) out.push(letters.slice(i, next[i]));
  return out;
}
