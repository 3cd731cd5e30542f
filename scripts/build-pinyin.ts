/**
 * Generates the pinyin data the match engine ships, so pinyin-pro stays a dev dependency:
 *  - src/core/occupations/pinyin.generated.json: toneless pinyin of every occupation name and
 *    alias, read in context (pinyin-pro picks the right reading of polyphones like 长, 行).
 *  - workers/match/char-pinyin.generated.json: a character → readings table for the 6,763
 *    GB2312 hanzi, the frequent traditional ones of Big5, plus every character of the dictionary
 *    and the region names, for text typed by employers and seekers. Stored as { syllable: characters } twice (primary reading, other readings),
 *    which is the compact form (a character appears once per reading).
 *  - src/core/regions/pinyin.generated.json: toneless pinyin of every province, city, county
 *    and town name, for the place picker's search (villages are not picked there).
 *
 * Run: node --import tsx scripts/build-pinyin.ts
 */
import { writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { OCCUPATIONS } from '../src/core/occupations/index';
import { CODE_LENGTH } from '../src/core/regions/codes';
import { allRegions } from '../src/core/regions/index';

const OPTS = { toneType: 'none', type: 'array', v: true } as const;
const HAN = /\p{Script=Han}/u;

function syllables(text: string): string {
  return pinyin(text, OPTS)
    .map((s) => s.toLowerCase())
    .join(' ');
}

function occupationPinyin(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const o of OCCUPATIONS) {
    for (const term of [o.name, ...o.aliases, ...o.skills, ...(o.licences ?? [])]) {
      if (HAN.test(term)) out[term] = syllables(term);
    }
  }
  return out;
}

function gb2312Hanzi(): string[] {
  const decoder = new TextDecoder('gb2312');
  const chars: string[] = [];
  for (let hi = 0xb0; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && HAN.test(ch)) chars.push(ch);
    }
  }
  return chars;
}

/**
 * The frequent hanzi of Big5 (its first level, A440–C67E): traditional characters (電工, 搬運),
 * read by their sound, as a phone set to traditional script types them.
 */
function big5FrequentHanzi(): string[] {
  const decoder = new TextDecoder('big5');
  const chars: string[] = [];
  for (let hi = 0xa4; hi <= 0xc6; hi++) {
    for (const [from, to] of [
      [0x40, 0x7e],
      [0xa1, 0xfe],
    ]) {
      for (let lo = from; lo <= to && (hi < 0xc6 || lo <= 0x7e); lo++) {
        const ch = decoder.decode(new Uint8Array([hi, lo]));
        if (ch.length === 1 && HAN.test(ch)) chars.push(ch);
      }
    }
  }
  return chars;
}

function charTable(): { primary: Record<string, string>; other: Record<string, string> } {
  const chars = new Set([...gb2312Hanzi(), ...big5FrequentHanzi()]);
  const extra = [
    ...OCCUPATIONS.flatMap((o) => [o.name, ...o.aliases, ...o.skills, ...(o.licences ?? [])]),
    ...allRegions().map((r) => r.name),
  ].join('');
  for (const ch of extra) if (HAN.test(ch)) chars.add(ch);

  const primary: Record<string, string> = {};
  const other: Record<string, string> = {};
  for (const ch of [...chars].sort()) {
    const first = pinyin(ch, OPTS)[0];
    const all = pinyin(ch, { ...OPTS, multiple: true });
    if (!first || !/^[a-z]+$/.test(first)) continue;
    primary[first] = (primary[first] ?? '') + ch;
    for (const s of all) if (s !== first && /^[a-z]+$/.test(s)) other[s] = (other[s] ?? '') + ch;
  }
  return { primary, other };
}

function regionPinyin(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of allRegions()) if (r.code.length <= CODE_LENGTH.towns) out[r.name] = syllables(r.name);
  return out;
}

const root = new URL('../', import.meta.url);
const json = (v: unknown) => `${JSON.stringify(v)}\n`;
writeFileSync(new URL('src/core/occupations/pinyin.generated.json', root), json(occupationPinyin()));
writeFileSync(new URL('workers/match/char-pinyin.generated.json', root), json(charTable()));
writeFileSync(new URL('src/core/regions/pinyin.generated.json', root), json(regionPinyin()));
console.error('pinyin data written');
