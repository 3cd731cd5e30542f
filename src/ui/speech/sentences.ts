/**
 * Text to be read aloud, cut into sentences: one utterance each, so the sentence being read
 * can be highlighted, pausing resumes at a sentence, and no utterance runs long enough for a
 * phone's speech engine to cut it off (Chrome on Android stops some after ~15 s).
 */

/** Marks that end a sentence, Chinese and Western. */
const ENDS = '。！？!?；;…';
/** What may follow an end mark and still belong to the sentence: closing quotes and brackets. */
const CLOSERS = '”’"\'」』）)】';
/**
 * A long sentence's clauses, each with the comma after it: where it may be cut. (No
 * lookbehind in these patterns: Safari before 16.4 cannot parse one, and loses the chunk.)
 */
const CLAUSES = /[^，,、：:]*[，,、：:]+|[^，,、：:]+$/g;
/** Longest piece read as one utterance. */
export const MAX_SENTENCE = 80;

/** Does this character end a sentence? A full stop only before a space or the end, and not in 3.5. */
function endsSentence(chars: string[], i: number): boolean {
  const c = chars[i];
  if (ENDS.includes(c)) return true;
  return c === '.' && !/\d/.test(chars[i - 1] ?? '') && /\s/.test(chars[i + 1] ?? ' ');
}

/** A long sentence in pieces of at most `max` characters, cut after commas where it can be. */
function shorten(sentence: string, max: number): string[] {
  if (sentence.length <= max) return [sentence];
  const pieces: string[] = [];
  let current = '';
  for (const part of sentence.match(CLAUSES) ?? [sentence]) {
    if (current && current.length + part.length > max) {
      pieces.push(current);
      current = '';
    }
    current += part;
    while (current.length > max) {
      pieces.push(current.slice(0, max));
      current = current.slice(max);
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Has this piece anything to say (more than punctuation and spaces)? */
const sayable = (piece: string) => /[\p{L}\p{N}]/u.test(piece);

export function splitSentences(text: string, max = MAX_SENTENCE): string[] {
  const sentences: string[] = [];
  const add = (piece: string) => {
    const trimmed = piece.trim();
    if (sayable(trimmed)) sentences.push(...shorten(trimmed, max));
  };
  for (const line of text.split(/\n+/)) {
    const chars = [...line];
    let current = '';
    for (let i = 0; i < chars.length; i++) {
      current += chars[i];
      if (!endsSentence(chars, i)) continue;
      while (i + 1 < chars.length && (ENDS.includes(chars[i + 1]) || CLOSERS.includes(chars[i + 1]))) {
        current += chars[++i];
      }
      add(current);
      current = '';
    }
    add(current);
  }
  return sentences;
}

/** Phone numbers: mobiles, landlines with their area code, and the 123xx service hotlines (12333). */
const PHONE = /(^|\D)(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|123\d{2})(?!\d)/g;
/** A range of two numbers, not a date's or a phone's parts (2026-12-01). */
const RANGE = /(^|[^\d-])(\d+(?:\.\d+)?)\s*[-–~～—]\s*(\d+(?:\.\d+)?)(?![\d-])/g;

/**
 * A sentence as the voice should say it (the screen keeps showing it as written): a phone
 * number digit by digit, not as one large number; a range "150-200" as 150到200, not a minus.
 */
export function spokenForm(sentence: string, lang: 'zh' | 'en'): string {
  return sentence
    .replace(PHONE, (_, before: string, number: string) => before + number.replace('-', '').split('').join(' '))
    .replace(
      RANGE,
      (_, before: string, from: string, to: string) => `${before}${from}${lang === 'zh' ? '到' : ' to '}${to}`,
    );
}
