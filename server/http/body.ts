/**
 * Reading a request body safely: a cap on the bytes received, gzip bodies inflated with a
 * cap on the inflated size (zip-bomb guard), a nesting-depth check on the bytes before any
 * parse (a few KB of `[[[[…` would otherwise hold the event loop for a second), strict
 * UTF-8, then JSON, then the shared schema. Every failure is an HttpError with a 4xx status
 * and a message naming the problem.
 */
import { gunzipSync } from 'node:zlib';
import type { Context } from 'hono';
import type * as v from 'valibot';
import { MAX_BODY_BYTES, MAX_INFLATED_BYTES } from '../../src/core/protocol';
import { validate } from '../../src/core/validation';

export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 426 | 429,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** How big a body may be, before and after gzip. */
export interface BodyCaps {
  bytes: number;
  inflated: number;
}

export const SYNC_BODY: BodyCaps = { bytes: MAX_BODY_BYTES, inflated: MAX_INFLATED_BYTES };
/** Login, refresh, logout and making accounts carry a phone number and a secret or two. */
export const SMALL_BODY: BodyCaps = { bytes: 4 * 1024, inflated: 4 * 1024 };
/** Real records nest a handful of levels (a push → its mutations → arguments → a profile's wishes → a list). */
export const MAX_JSON_DEPTH = 16;

export async function readCapped(c: Context, cap: number): Promise<Uint8Array> {
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > cap) throw new HttpError(413, 'TOO_LARGE', `body over ${cap} bytes`);
  const reader = c.req.raw.body?.getReader();
  if (!reader) throw new HttpError(400, 'EMPTY', 'request body is empty');
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      throw new HttpError(400, 'ABORTED', 'the request body was cut off before it ended');
    });
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel();
      throw new HttpError(413, 'TOO_LARGE', `body over ${cap} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function inflate(bytes: Uint8Array, encoding: string | undefined, cap: number): Uint8Array {
  if (!encoding || encoding === 'identity') return bytes;
  if (encoding !== 'gzip')
    throw new HttpError(415, 'ENCODING', `content-encoding ${encoding} is not supported; use gzip`);
  try {
    return gunzipSync(bytes, { maxOutputLength: cap });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new HttpError(413, 'TOO_LARGE', `body inflates past ${cap} bytes`);
    }
    throw new HttpError(400, 'BAD_GZIP', 'body is not valid gzip');
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x5b, 0x7b]); // [ {
const CLOSE = new Set([0x5d, 0x7d]); // ] }

/** Refuse JSON nested deeper than `max`, scanning bytes once (brackets inside strings do not count). */
export function checkDepth(bytes: Uint8Array, max = MAX_JSON_DEPTH): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (OPEN.has(byte)) {
      if (++depth > max) throw new HttpError(400, 'TOO_DEEP', `body nests deeper than ${max} levels`);
    } else if (CLOSE.has(byte)) depth--;
  }
}

export async function readJson<S extends v.GenericSchema>(
  c: Context,
  schema: S,
  caps: BodyCaps = SYNC_BODY,
): Promise<v.InferOutput<S>> {
  const result = validate(schema, await readJsonValue(c, caps));
  if (!result.ok) {
    const first = result.errors[0];
    throw new HttpError(400, 'INVALID', result.errors.map((e) => e.message).join('; '), first.field);
  }
  return result.value;
}

/** The body's JSON, read safely but not yet checked against a schema (the caller checks it its own way). */
export async function readJsonValue(c: Context, caps: BodyCaps): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/json'))
    throw new HttpError(415, 'CONTENT_TYPE', 'content-type must be application/json');
  const bytes = inflate(await readCapped(c, caps.bytes), c.req.header('content-encoding'), caps.inflated);
  checkDepth(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'BAD_UTF8', 'body is not valid UTF-8');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'BAD_JSON', 'body is not valid JSON');
  }
}
