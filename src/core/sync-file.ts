/**
 * Sync files, for places with no network at all (issue 13): what a phone writes to a file
 * and what reads it back, shared by the app and the server.
 *
 * A file is a JSON envelope around its body, kept as the very string that was hashed and
 * signed (no re-serialising, so nothing about key order or spacing can break a check):
 * - `sha256` over the body: a file damaged on the way (a cut-off transfer, a changed byte)
 *   is refused before anything in it is believed;
 * - `keyId` + `hmac` (unsent records only): HMAC-SHA-256 over the body with the signing key
 *   the server gave this login (`FileKey`). Only the phone of that login and the server
 *   know the key, so a desk that imports the file cannot change it or make one in another
 *   account's name; the server finds the key by its id and checks it (docs/ARCHITECTURE.md § Sync files).
 *
 * Two kinds: `unsent` (an account's outbox, as a push would send it) and `county` (a
 * desk's jobs, stations and policies of its county, for a field phone to load offline).
 */
import * as v from 'valibot';
import { epochMs, id, regionCode } from './fields';
import { MutationSchema } from './protocol';

export const SYNC_FILE_FORMAT = 'gigsync';
export const SYNC_FILE_VERSION = 1;
/** Enough for thousands of registrations; a phone refuses bigger before reading them, the server too. */
export const MAX_SYNC_FILE_BYTES = 2 * 1024 * 1024;
/** At most this many writes in one file (a push sends at most 200; the server splits). */
export const MAX_FILE_MUTATIONS = 2000;
/** What a downloaded file is called: 零工驿站-未发送-2026-12-01.gigsync. */
export const SYNC_FILE_EXTENSION = '.gigsync';

/** The signing key the server hands a login (at login and at each refresh), kept with the session. */
export interface FileKey {
  /** The login (token family) it belongs to; the server derives the key from it. */
  id: string;
  /** 32 random-looking bytes, base64url. */
  secret: string;
}

const hex64 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'invalid'));

export const SyncFileSchema = v.object({
  format: v.literal(SYNC_FILE_FORMAT),
  v: v.literal(SYNC_FILE_VERSION),
  body: v.pipe(v.string(), v.maxLength(MAX_SYNC_FILE_BYTES, 'too_long')),
  sha256: hex64,
  keyId: v.optional(id),
  hmac: v.optional(hex64),
});
export type SyncFile = v.InferOutput<typeof SyncFileSchema>;

export const UnsentBodySchema = v.object({
  kind: v.literal('unsent'),
  /** The account whose writes these are; the server checks it against the key's login. */
  account: id,
  /** The account's client id on that phone: the push's, so the exactly-once dedupe applies. */
  clientId: id,
  schema: v.pipe(v.number(), v.integer('integer')),
  exportedAt: epochMs,
  mutations: v.pipe(v.array(MutationSchema), v.minLength(1, 'required'), v.maxLength(MAX_FILE_MUTATIONS, 'too_many')),
});
export type UnsentBody = v.InferOutput<typeof UnsentBodySchema>;

/** Rows are checked one by one with the record schemas when loaded (src/features/syncfile/bundle.ts). */
export const CountyBodySchema = v.object({
  kind: v.literal('county'),
  county: regionCode,
  exportedAt: epochMs,
  rows: v.object({
    job: v.optional(v.array(v.unknown())),
    station: v.optional(v.array(v.unknown())),
    policy: v.optional(v.array(v.unknown())),
  }),
});
export type CountyBody = v.InferOutput<typeof CountyBodySchema>;

/** Why a file is refused; each code has a sentence in src/ui/errors.ts. */
export type SyncFileProblem =
  | 'FILE_TOO_LARGE' // over MAX_SYNC_FILE_BYTES
  | 'FILE_UNREADABLE' // not JSON, not our envelope, or a body that does not fit its kind
  | 'FILE_DAMAGED' // the body does not match its SHA-256
  | 'FILE_WRONG_KIND' // a county bundle where unsent records were expected, or the other way
  | 'FILE_SIGNATURE'; // unsigned, signed with another key, or changed after signing

export class SyncFileError extends Error {
  constructor(
    readonly code: SyncFileProblem,
    message: string,
  ) {
    super(message);
    this.name = 'SyncFileError';
  }
}

const encoder = new TextEncoder();
const toHex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

export async function sha256Hex(text: string): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export async function hmacHex(secret: string, text: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', fromBase64url(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return toHex(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));
}

/** Compare two hex digests without stopping at the first difference. */
function sameDigest(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The file's text: the body hashed, and signed when a key is given. */
export async function writeSyncFile(body: UnsentBody | CountyBody, key?: FileKey): Promise<string> {
  const text = JSON.stringify(body);
  const file: SyncFile = { format: SYNC_FILE_FORMAT, v: SYNC_FILE_VERSION, body: text, sha256: await sha256Hex(text) };
  if (key) {
    file.keyId = key.id;
    file.hmac = await hmacHex(key.secret, text);
  }
  return JSON.stringify(file);
}

/** The envelope of a file's text, its body's integrity checked; throws SyncFileError. */
export async function readEnvelope(text: string): Promise<SyncFile> {
  if (text.length > MAX_SYNC_FILE_BYTES + 1024) throw new SyncFileError('FILE_TOO_LARGE', 'the file is too large');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SyncFileError('FILE_UNREADABLE', 'not a sync file: not JSON (cut off?)');
  }
  return checkEnvelope(parsed);
}

/** An envelope already parsed (the server's body reader parses it): shape, then hash. */
export async function checkEnvelope(parsed: unknown): Promise<SyncFile> {
  const envelope = v.safeParse(SyncFileSchema, parsed);
  if (!envelope.success) throw new SyncFileError('FILE_UNREADABLE', 'not a sync file of this app');
  const file = envelope.output;
  if (!sameDigest(await sha256Hex(file.body), file.sha256))
    throw new SyncFileError('FILE_DAMAGED', 'the file was damaged or changed: its checksum does not match');
  return file;
}

/** The body of a checked envelope, if it is of the kind wanted; throws SyncFileError. */
export function bodyOf<S extends typeof UnsentBodySchema | typeof CountyBodySchema>(
  file: SyncFile,
  schema: S,
): v.InferOutput<S> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(file.body);
  } catch {
    throw new SyncFileError('FILE_UNREADABLE', 'the file’s contents are not JSON');
  }
  const wanted = schema.entries.kind.literal;
  if (typeof parsed !== 'object' || parsed === null || (parsed as { kind?: unknown }).kind !== wanted)
    throw new SyncFileError('FILE_WRONG_KIND', `this is not a file of ${wanted} records`);
  const body = v.safeParse(schema, parsed);
  if (!body.success) throw new SyncFileError('FILE_UNREADABLE', 'the file’s contents do not fit its kind');
  return body.output;
}

/** Was the file signed with this secret, and not changed since? */
export async function signedWith(file: SyncFile, secret: string): Promise<boolean> {
  return file.hmac !== undefined && sameDigest(await hmacHex(secret, file.body), file.hmac);
}
