/**
 * Every code a person can meet has a sentence in both languages (src/ui/errors.ts): the
 * codes are read from the code that throws them, so a new code without a line in
 * ERROR_MESSAGES fails here rather than reaching a screen as "STALE".
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, errorText, zh } from '../../../src/ui/errors';
import { en } from '../../../src/ui/errors.en';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Codes thrown or answered in src/core, server and src/sync, with where each was seen. */
function thrownCodes(): Map<string, string> {
  const found = new Map<string, string>();
  const patterns = [
    /MutationError\(\s*'([A-Z_]+)'/g, // a mutator's refusal
    /HttpError\(\s*\d+,\s*'([A-Z_]+)'/g, // a server refusal
    /AuthError\(\s*\d+,\s*'([A-Z_]+)'/g, // the login client's
    /\berror:\s*'([A-Z_]+)'/g, // a JSON error body built by hand
  ];
  for (const file of ['src/core', 'server', 'src/sync'].flatMap(sources)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.set(m[1], file);
  }
  return found;
}

/** The field codes the shared schemas give (src/core/validation.ts KNOWN_CODES, plus its own). */
function fieldCodes(): string[] {
  const text = readFileSync('src/core/validation.ts', 'utf8');
  const known = /KNOWN_CODES = new Set\(\[([^\]]*)\]/.exec(text)?.[1] ?? '';
  return [...[...known.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]), 'number', 'type', 'invalid'];
}

describe('error codes as sentences', () => {
  it('finds the codes it checks (the scan itself works)', () => {
    const codes = thrownCodes();
    for (const code of ['STALE', 'FORBIDDEN', 'NOT_FOUND', 'INVALID', 'EXISTS', 'JOB_CLOSED', 'BAD_TRANSITION'])
      expect(codes.has(code), code).toBe(true);
    for (const code of [
      'LOGIN_REQUIRED',
      'CLIENT_BOUND',
      'SEQ_GAP',
      'UPGRADE_REQUIRED',
      'RATE_LIMITED',
      'BAD_CREDENTIALS',
    ])
      expect(codes.has(code), code).toBe(true);
    expect(fieldCodes()).toEqual(expect.arrayContaining(['required', 'phone', 'region_code', 'type']));
  });

  it('gives every code thrown in src/core, server and src/sync a line in ERROR_MESSAGES', () => {
    const missing = [...thrownCodes()].filter(([code]) => !(code in ERROR_MESSAGES)).map(([c, f]) => `${c} (${f})`);
    expect(missing).toEqual([]);
  });

  it('gives every field code of the shared schemas a line', () => {
    expect(fieldCodes().filter((code) => !(code in ERROR_MESSAGES))).toEqual([]);
  });

  it('words every sentence in both languages, and no sentence shows a code', () => {
    for (const key of Object.values(ERROR_MESSAGES)) {
      expect(zh[key], key).toBeTruthy();
      expect(en[key], key).toBeTruthy();
    }
    for (const sentence of [...Object.values(zh), ...Object.values(en)])
      expect(sentence).not.toMatch(/[A-Z]{2,}_|[A-Z]{4,}/);
  });

  it('words an unknown or missing code generally, never by the code', () => {
    expect(errorText('SOMETHING_NEW')).toBe(zh['error.unknown']);
    expect(errorText(null)).toBe(zh['error.unknown']);
    expect(errorText('STALE')).toBe(zh['error.stale']);
    expect(errorText('INVALID', 'wageMax')).toBe(zh['error.wageRange']);
    expect(errorText('phone')).toBe('电话号码不对');
  });
});
