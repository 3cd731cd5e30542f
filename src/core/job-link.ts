/**
 * The app's links a QR code carries: a job's, and a station's door check-in (checkInUrl).
 *
 * A job's link with its essentials in the fragment, so a phone with no signal and without
 * the job in its database can still show what it is and whom to call:
 *
 *   https://<origin>/jobs/<id>#q1~保洁员~150~180~day~630103101~0971-8123456
 *
 * Hanzi stay as they are (3 bytes of UTF-8 each, against 9 percent-encoded); ASCII other than
 * letters, digits and -_.!*'() is percent-encoded, so `~` and `#` in a title cannot split it.
 * A camera app that only shows text still shows readable words. The fragment never reaches
 * a server. The whole link stays within QR_MAX_BYTES, so its QR code is version 10 or lower,
 * which a cheap phone camera reads from a print or a compressed WeChat picture.
 */
import * as v from 'valibot';
import { type Job, JobSchema, type Station } from './records';
import { phone } from './fields';

/** Version 10 at error correction M holds 213 bytes; some room is left for a longer origin. */
export const QR_MAX_BYTES = 200;

const FORMAT = 'q1';
const SEPARATOR = '~';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const JOB_PATH = new RegExp(`^/jobs/(${UUID})$`);
const CHECK_IN_PATH = new RegExp(`^/checkin/(${UUID})$`);

/** What a job's QR code carries: enough to decide and to call. */
const EssentialsSchema = v.object({
  id: JobSchema.entries.id,
  title: JobSchema.entries.title,
  wageMin: JobSchema.entries.wageMin,
  wageMax: JobSchema.entries.wageMax,
  wageUnit: JobSchema.entries.wageUnit,
  regionCode: JobSchema.entries.regionCode,
  /** The station's phone where the job has a station (it checks jobs), else the job's contact. */
  phone: v.optional(phone),
});
export type JobEssentials = v.InferOutput<typeof EssentialsSchema>;

const escapeField = (text: string) =>
  text.replace(
    /[^A-Za-z0-9\-_.!*'()\u0080-\uffff]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

function linkWith(origin: string, job: JobEssentials, title: string): string {
  const fields = [FORMAT, title, job.wageMin, job.wageMax, job.wageUnit, job.regionCode, job.phone ?? ''];
  return `${jobUrl(origin, job.id)}#${fields.map((field) => escapeField(String(field))).join(SEPARATOR)}`;
}

/** The job's page, without essentials: what the share sheet's link and WeChat carry. */
export const jobUrl = (origin: string, id: string): string => `${origin}/jobs/${id}`;

/** The link a job's QR code holds; a title too long for the budget is cut and ends in "…". */
export function jobQrText(origin: string, job: JobEssentials): string {
  const chars = Array.from(job.title);
  let text = linkWith(origin, job, job.title);
  for (let keep = chars.length - 1; utf8Length(text) > QR_MAX_BYTES && keep > 0; keep--) {
    text = linkWith(origin, job, `${chars.slice(0, keep).join('')}…`);
  }
  return text;
}

/** The essentials in a job link's fragment (raw or percent-encoded, as browsers give it), or null. */
export function essentialsFromHash(id: string, hash: string): JobEssentials | null {
  const fields = hash.replace(/^#/, '').split(SEPARATOR);
  if (fields[0] !== FORMAT || fields.length !== 7) return null;
  try {
    const [, title, wageMin, wageMax, wageUnit, regionCode, phoneNumber] = fields.map(decodeURIComponent);
    const parsed = v.safeParse(EssentialsSchema, {
      id,
      title,
      wageMin: Number(wageMin),
      wageMax: Number(wageMax),
      wageUnit,
      regionCode,
      phone: phoneNumber || undefined,
    });
    return parsed.success && parsed.output.wageMin <= parsed.output.wageMax ? parsed.output : null;
  } catch {
    return null; // a malformed %-escape
  }
}

/**
 * A station's door check-in code (the poster at its door): scanned with the app, it opens
 * the check-in page, which logs the visit on the worker's phone. Only the station's id: the
 * station's name and the day come from the phone, so one poster serves every day.
 */
export const checkInUrl = (origin: string, stationId: string): string => `${origin}/checkin/${stationId}`;

/**
 * What a scanned text is: one of this app's links (a job, a station's door check-in: the path
 * to open), a web address, or plain text.
 */
export type Scanned =
  | { kind: 'job' | 'checkIn'; path: string }
  | { kind: 'web'; url: string }
  | { kind: 'text'; text: string };

export function readScanned(text: string, origin: string): Scanned {
  const trimmed = text.trim();
  if (!/^https?:\/\//i.test(trimmed)) return { kind: 'text', text: trimmed };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { kind: 'text', text: trimmed };
  }
  // Another site's "job" is a web address like any other: it is opened only when the user says so.
  if (url.origin !== origin) return { kind: 'web', url: url.href };
  if (JOB_PATH.test(url.pathname)) return { kind: 'job', path: `${url.pathname}${url.hash}` };
  if (CHECK_IN_PATH.test(url.pathname)) return { kind: 'checkIn', path: url.pathname };
  return { kind: 'web', url: url.href };
}

/** A job's essentials; the phone is its station's (the station checks its jobs), else the job's contact. */
export function jobEssentials(
  job: Pick<Job, 'id' | 'title' | 'wageMin' | 'wageMax' | 'wageUnit' | 'regionCode' | 'contactPhone'>,
  station?: Pick<Station, 'phone'>,
): JobEssentials {
  const { id, title, wageMin, wageMax, wageUnit, regionCode } = job;
  return { id, title, wageMin, wageMax, wageUnit, regionCode, phone: station?.phone ?? job.contactPhone };
}
