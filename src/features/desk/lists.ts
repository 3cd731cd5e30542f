/**
 * The desk's lists as pure functions over records: search words and filters for the
 * station's jobs and people, and a field trip's records grouped by village. The screens
 * read the records from Dexie by index (desk.repo.ts) and narrow them here, in memory: a
 * station holds hundreds of rows, not the county's thousands.
 */
import type { Job, JobStatus, Seeker } from '../../core/records';
import { regionName, villageWord } from '../../core/regions';
import { countyOf, townOf } from '../../core/regions/codes';
import { occupationByCode, occupationLabel } from '../../core/occupations';
import { lang } from '../../i18n';

/** An occupation's Chinese and English names, so the desk finds a job by either. */
const occupationWords = (code: string) => {
  const occupation = occupationByCode(code);
  return occupation ? `${occupation.name} ${occupation.en.join(' ')}` : '';
};

/** Words as typed, lower-cased, split on spaces and punctuation: every word must match. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s,，、;；]+/)
    .filter(Boolean);
}

const matchesAll = (haystack: string, query: string[]) => query.every((word) => haystack.includes(word));

export type VerifiedFilter = '' | 'verified' | 'unverified' | 'rejected';

export interface JobQuery {
  text: string;
  status: JobStatus | '';
  occupation: string;
  town: string;
  verified: VerifiedFilter;
}

export const ALL_JOBS: JobQuery = { text: '', status: '', occupation: '', town: '', verified: '' };

/** The jobs that answer the query, newest posting first. Words match the title, employer, place or occupation. */
export function filterJobs(jobs: readonly Job[], query: JobQuery): Job[] {
  const wanted = words(query.text);
  return jobs
    .filter(
      (job) =>
        (!query.status || job.status === query.status) &&
        (!query.occupation || job.occupationCode === query.occupation) &&
        (!query.town || townOf(job.regionCode) === query.town) &&
        (!query.verified || job.verification.state === query.verified) &&
        matchesAll(
          `${job.title} ${job.employerName} ${job.place} ${occupationWords(job.occupationCode)}`.toLowerCase(),
          wanted,
        ),
    )
    .sort((a, b) => b.postedAt - a.postedAt);
}

export interface SeekerQuery {
  text: string;
  occupation: string;
  town: string;
}

export const ALL_SEEKERS: SeekerQuery = { text: '', occupation: '', town: '' };

/** The people who answer the query, by name. Words match the name, phone digits, village or skills. */
export function filterSeekers(seekers: readonly Seeker[], query: SeekerQuery): Seeker[] {
  const wanted = words(query.text);
  return seekers
    .filter(
      (seeker) =>
        (!query.occupation || seeker.wishes.occupations.includes(query.occupation)) &&
        (!query.town || townOf(seeker.regionCode) === query.town) &&
        matchesAll(
          `${seeker.name} ${seeker.phone ?? ''} ${seeker.village ?? ''} ${seeker.skills.join(' ')}`.toLowerCase(),
          wanted,
        ),
    )
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

export interface Choice {
  value: string;
  label: string;
}

/** The towns the records are in (only those, so no filter leads to an empty list), by name. */
export function townChoices(records: readonly { regionCode: string }[]): Choice[] {
  const codes = new Set(records.flatMap((r) => townOf(r.regionCode) ?? []));
  return [...codes]
    .map((code) => ({ value: code, label: regionName(code) ?? code }))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
}

/** The occupations the records name, by name. */
export function occupationChoices(codes: Iterable<string>): Choice[] {
  return [...new Set(codes)]
    .map((code) => ({ value: code, label: occupationLabel(code, lang()) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
}

/** A field trip's stop: one village (or a town, for records without one), and what was registered there. */
export interface VillageGroup {
  key: string;
  village: string;
  /** The town (or county) the village is in, to tell two 新村 apart. */
  town: string;
  seekers: Seeker[];
  jobs: Job[];
}

function placeOf(regionCode: string): { town: string; townName: string } {
  const town = townOf(regionCode);
  return town
    ? { town, townName: regionName(town) ?? town }
    : { town: countyOf(regionCode), townName: regionName(countyOf(regionCode)) ?? regionCode };
}

/** The village a job's region code names ('' for a code at town level or above). */
const jobVillage = (job: Job) => (job.regionCode.length === 12 ? villageWord(regionName(job.regionCode) ?? '') : '');

/**
 * Records grouped by village: a person by the village written on their profile, a job by
 * the village its region code names. Records without a village group under their town.
 * Groups come in the order their first record was registered on the trip (the route walked).
 */
export function byVillage(
  seekers: readonly Seeker[],
  jobs: readonly Job[],
  registeredAt: (seeker: Seeker) => number,
): VillageGroup[] {
  const groups = new Map<string, VillageGroup>();
  const groupOf = (regionCode: string, village: string) => {
    const { town, townName } = placeOf(regionCode);
    const key = `${town}|${village}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, village: village || townName, town: village ? townName : '', seekers: [], jobs: [] };
      groups.set(key, group);
    }
    return group;
  };
  const entries = [
    ...seekers.map((s) => ({
      at: registeredAt(s),
      add: () => groupOf(s.regionCode, s.village?.trim() ?? '').seekers.push(s),
    })),
    ...jobs.map((j) => ({ at: j.postedAt, add: () => groupOf(j.regionCode, jobVillage(j)).jobs.push(j) })),
  ].sort((a, b) => a.at - b.at);
  for (const entry of entries) entry.add();
  return [...groups.values()];
}
