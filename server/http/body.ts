/**
 * Reading a request body safely: a cap on the bytes received, gzip bodies inflated with a
 * cap on the inflated size (zip-bomb guard), strict UTF-8, then JSON, then the shared schema.
 * Every failure is an HttpError with a 4xx status and a message naming the problem.
 */
import { gunzipSync } from 'node:zlib';
import type { Context } from 'hono';
import type * as v from 'valibot';
import { MAX_BODY_BYTES, MAX_INFLATED_BYTES } from '../../src/core/protocol';
import { validate } from '../../src/core/validation';

export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 409 | 413 | 415 | 426 | 429,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

async function readCapped(c: Context): Promise<Uint8Array> {
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, 'TOO_LARGE', `body over ${MAX_BODY_BYTES} bytes`);
  const reader = c.req.raw.body?.getReader();
  if (!reader) throw new HttpError(400, 'EMPTY', 'request body is empty');
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new HttpError(413, 'TOO_LARGE', `body over ${MAX_BODY_BYTES} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function inflate(bytes: Uint8Array, encoding: string | undefined): Uint8Array {
  if (!encoding || encoding === 'identity') return bytes;
  if (encoding !== 'gzip')
    throw new HttpError(415, 'ENCODING', `content-encoding ${encoding} is not supported; use gzip`);
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_INFLATED_BYTES });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new HttpError(413, 'TOO_LARGE', `body inflates past ${MAX_INFLATED_BYTES} bytes`);
    }
    throw new HttpError(400, 'BAD_GZIP', 'body is not valid gzip');
  }
}

export async function readJson<S extends v.GenericSchema>(c: Context, schema: S): Promise<v.InferOutput<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/json'))
    throw new HttpError(415, 'CONTENT_TYPE', 'content-type must be application/json');
  const bytes = inflate(await readCapped(c), c.req.header('content-encoding'));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'BAD_UTF8', 'body is not valid UTF-8');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'BAD_JSON', 'body is not valid JSON');
  }
  const result = validate(schema, json);
  if (!result.ok) {
    const first = result.errors[0];
    throw new HttpError(400, 'INVALID', result.errors.map((e) => e.message).join('; '), first.field);
  }
  return result.value;
}
