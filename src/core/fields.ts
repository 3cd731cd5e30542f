/**
 * Field building blocks shared by every record and mutation schema. One definition of
 * "a phone number" or "a region code" serves the forms, the sync worker and the server.
 */
import * as v from 'valibot';
import { UUID_PATTERN } from './ids';

export const id = v.pipe(v.string(), v.regex(UUID_PATTERN, 'uuid'));

/** Free text: trimmed, bounded. Required unless wrapped in v.optional. */
export const text = (max: number, min = 1) =>
  v.pipe(v.string(), v.trim(), v.minLength(min, 'required'), v.maxLength(max, 'too_long'));

export const optionalText = (max: number) => v.optional(text(max, 0));

/** NBS 统计用区划代码: 6 digits (county), 9 (township) or 12 (village). */
export const regionCode = v.pipe(v.string(), v.regex(/^\d{6}(\d{3}(\d{3})?)?$/, 'region_code'));

/** Mainland mobile number, or a landline with area code (station desks). */
export const phone = v.pipe(v.string(), v.trim(), v.regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, 'phone'));

/** Logins and codes go to a mobile number: the code arrives by SMS. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
export const mobile = v.pipe(v.string(), v.trim(), v.regex(MOBILE_PATTERN, 'phone'));

export const lat = v.pipe(v.number(), v.finite(), v.minValue(-90, 'lat'), v.maxValue(90, 'lat'));
export const lon = v.pipe(v.number(), v.finite(), v.minValue(-180, 'lon'), v.maxValue(180, 'lon'));

/** Yuan, non-negative, below a sanity cap so a stray extra zero is caught. */
export const money = v.pipe(v.number(), v.finite(), v.minValue(0, 'min'), v.maxValue(1_000_000, 'max'));

export const count = (max: number) =>
  v.pipe(v.number(), v.integer('integer'), v.minValue(0, 'min'), v.maxValue(max, 'max'));

/** Calendar date as the user picked it, no time zone: YYYY-MM-DD. */
export const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'date'));

/** Milliseconds since the epoch. */
export const epochMs = v.pipe(v.number(), v.integer('integer'), v.minValue(0, 'min'));

export const tags = (max: number, eachMax = 20) => v.pipe(v.array(text(eachMax)), v.maxLength(max, 'too_many'));

/** Every record carries these; `version` is the server's row version (0 = never confirmed). */
export const recordBase = {
  id,
  version: count(Number.MAX_SAFE_INTEGER),
  updatedAt: epochMs,
  deleted: v.boolean(),
};
