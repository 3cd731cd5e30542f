/**
 * Domain rules that more than one mutator needs: status state machines and the wording
 * checks that flag discriminatory or fee-taking postings (the #1 complaint about job
 * platforms is upfront fees; gender and ethnicity requirements are unlawful).
 */
import type { ApplicationStatus, Job, JobStatus } from './records';

const FLAG_PATTERNS: Record<Job['flags'][number], RegExp> = {
  gender: /(限男|限女|仅限男|仅限女|只要男|只要女|男性优先|女性优先|男士优先|女士优先|男女不限以外|要求男性|要求女性)/,
  ethnicity: /(限汉族|汉族优先|不要少数民族|少数民族勿|民族限制)/,
  fee: /(押金|培训费|服装费|体检费|报名费|中介费|保证金|先交.{0,4}钱|交钱上岗)/,
};

export function postingFlags(...texts: (string | undefined)[]): Job['flags'] {
  const joined = texts.filter(Boolean).join('\n');
  return (Object.keys(FLAG_PATTERNS) as Job['flags']).filter((flag) => FLAG_PATTERNS[flag].test(joined));
}

/** Job status moves; `closed` is final and wins over any concurrent change. */
const JOB_MOVES: Record<JobStatus, readonly JobStatus[]> = {
  open: ['filled', 'closed', 'expired'],
  filled: ['open', 'closed'],
  expired: ['open', 'closed'],
  closed: [],
};

export function canMoveJob(from: JobStatus, to: JobStatus): boolean {
  return JOB_MOVES[from].includes(to);
}

/** Applications only move forward; rejected and no-show end the line. */
const APPLICATION_RANK: Record<ApplicationStatus, number> = {
  pending: 0,
  contacted: 1,
  interview: 2,
  hired: 3,
  rejected: 3,
  no_show: 3,
};

export function isForwardApplicationMove(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return APPLICATION_RANK[to] > APPLICATION_RANK[from];
}
