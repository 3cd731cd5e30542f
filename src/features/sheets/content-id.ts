/**
 * A record id made from a row's content: the same employer, title, place and phone (a job),
 * or the same name, phone and place (a person) give the same id in every import, on every
 * phone, so importing a file twice finds its records already there (`isNew` in
 * src/core/mutators.ts) instead of adding them again.
 *
 * The shape is a UUID (what `id` in src/core/fields.ts accepts): version 8 (custom), the
 * SHA-256 of the content in the rest. The 48 bits UUIDv7 keeps for the creation time are
 * zero: an imported record was not made on this day, so nothing counts it as new this week
 * (src/features/desk/desk.repo.ts reads that time).
 */
import { uuidText } from '../../core/ids';

export async function contentId(kind: string, parts: readonly string[]): Promise<string> {
  const content = new TextEncoder().encode(JSON.stringify([kind, ...parts.map((p) => p.trim())]));
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', content));
  const bytes = new Uint8Array(16);
  bytes.set(hash.subarray(0, 10), 6);
  bytes[6] = (bytes[6] & 0x0f) | 0x80; // version 8
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 9562 variant
  return uuidText(bytes);
}
