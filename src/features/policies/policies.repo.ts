/** Policies on this device (every phone holds them all: the `ref` bucket) and which apply where. */
import type { Policy } from '../../core/records';
import { CODE_LENGTH } from '../../core/regions/codes';
import type { GigDb } from '../../db/db';

/**
 * The area a region code stands for, as a prefix: NBS pads a province's or city's code to
 * six digits with zeros (630000 is 青海, 630100 西宁市), so 630000 covers every code starting 63.
 */
export function areaPrefix(code: string): string {
  if (code.length !== CODE_LENGTH.counties) return code;
  if (code.endsWith('0000')) return code.slice(0, CODE_LENGTH.provinces);
  if (code.endsWith('00')) return code.slice(0, CODE_LENGTH.cities);
  return code;
}

/**
 * Does a policy apply to someone following these counties? One for everywhere (no codes)
 * always; else one for a county's province, city, the county itself or a town in it. No
 * counties (the user chose every place) shows every policy.
 */
export function appliesTo(policy: Pick<Policy, 'regionCodes'>, counties: readonly string[]): boolean {
  if (policy.regionCodes.length === 0 || counties.length === 0) return true;
  return policy.regionCodes.some((code) => {
    const area = areaPrefix(code);
    return counties.some((county) => county.startsWith(area) || area.startsWith(county));
  });
}

/** Today as the calendar date policies are written with (YYYY-MM-DD, the phone's own day). */
export function localDate(at = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Still in force on `today` (valid through its last day). */
export const isValid = (policy: Pick<Policy, 'validUntil'>, today: string): boolean =>
  policy.validUntil === undefined || policy.validUntil >= today;

/** The policies in force for these counties, newest first. */
export async function currentPolicies(db: GigDb, counties: readonly string[], today = localDate()): Promise<Policy[]> {
  const all = await db.policies.orderBy('publishedOn').reverse().toArray();
  return all.filter((p) => !p.deleted && isValid(p, today) && appliesTo(p, counties));
}

export async function policyById(db: GigDb, id: string): Promise<Policy | undefined> {
  const policy = await db.policies.get(id);
  return policy?.deleted ? undefined : policy;
}

/**
 * The topics a desk files a policy under, and the list's filter chips: the tags people
 * look for. A policy may carry others; the list offers those too.
 */
export const POLICY_TOPICS = ['补贴', '创业', '培训', '社保', '维权', '服务'] as const;

/** The topics of these policies, the usual ones first in their order, then any others. */
export function topicsOf(policies: readonly Pick<Policy, 'tags'>[]): string[] {
  const present = new Set(policies.flatMap((p) => p.tags));
  const usual = POLICY_TOPICS.filter((topic) => present.has(topic));
  const others = [...present].filter((tag) => !(POLICY_TOPICS as readonly string[]).includes(tag)).sort();
  return [...usual, ...others];
}
