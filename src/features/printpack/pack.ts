/**
 * The print pack as pure functions over records: which jobs go to the boards (by village,
 * occupation, or checked this week), one batch per board, and from the print log the sheets
 * still pinned up whose job has closed. The screen reads the records from Dexie
 * (printpack.repo.ts) and decides here, in memory: a county holds hundreds of open jobs.
 */
import type { BoardPrint, Job } from '../../core/records';
import { regionName, villageWord } from '../../core/regions';
import { CODE_LENGTH, townOf } from '../../core/regions/codes';

const DAY_MS = 86_400_000;
/** "Checked this week": verified within the last seven days, however the week falls. */
export const WEEK_MS = 7 * DAY_MS;

export interface PackQuery {
  /** A village's or a town's code: the jobs placed in it; '' for every place. */
  place: string;
  occupation: string;
  verifiedThisWeek: boolean;
}

export const WHOLE_COUNTY: PackQuery = { place: '', occupation: '', verifiedThisWeek: false };

const verifiedSince = (job: Job, since: number) =>
  job.verification.state === 'verified' && (job.verification.at ?? 0) >= since;

/**
 * The jobs worth posting that answer the query: open, not found false on checking, by
 * place first (a board's batch reads in the order of the village), then newest.
 */
export function packJobs(jobs: readonly Job[], query: PackQuery, now: number): Job[] {
  return jobs
    .filter(
      (job) =>
        job.status === 'open' &&
        !job.deleted &&
        job.verification.state !== 'rejected' &&
        (!query.place || job.regionCode.startsWith(query.place)) &&
        (!query.occupation || job.occupationCode === query.occupation) &&
        (!query.verifiedThisWeek || verifiedSince(job, now - WEEK_MS)),
    )
    .sort((a, b) => a.regionCode.localeCompare(b.regionCode) || b.postedAt - a.postedAt);
}

/** The board a job goes on: its village's, or its town's when it names no village (none above a town). */
export function boardOf(regionCode: string): string | undefined {
  return regionCode.length >= CODE_LENGTH.villages ? regionCode.slice(0, CODE_LENGTH.villages) : townOf(regionCode);
}

/** "王斌堡村", "总寨镇": a board's place as people say it. */
export const boardName = (board: string): string => villageWord(regionName(board) ?? board);

/** One board's sheets: what is printed together and logged as one `boardPrint`. */
export interface Batch {
  board: string;
  /** "王斌堡村" / "总寨镇" as people say the board's place. */
  name: string;
  /** The town a village board is in, to tell two 新村 apart ('' for a town's board). */
  town: string;
  jobs: Job[];
}

/** The jobs in one batch per board, boards in code order; jobs placed above a town have no board. */
export function batchesByBoard(jobs: readonly Job[]): Batch[] {
  const batches = new Map<string, Batch>();
  for (const job of jobs) {
    const board = boardOf(job.regionCode);
    if (!board) continue;
    let batch = batches.get(board);
    if (!batch) {
      const town = board.length === CODE_LENGTH.villages ? (regionName(board.slice(0, CODE_LENGTH.towns)) ?? '') : '';
      batch = { board, name: boardName(board), town, jobs: [] };
      batches.set(board, batch);
    }
    batch.jobs.push(job);
  }
  return [...batches.values()].sort((a, b) => a.board.localeCompare(b.board));
}

/** A sheet to take down: a posting on a board whose job is no longer open. */
export interface StaleSheet {
  board: string;
  job: Job;
  /** When it was last printed for that board. */
  printedAt: number;
  /** Every print of that board with the job: 已撕下 marks them all. */
  printIds: string[];
}

/**
 * The sheets on the boards whose job has closed (filled, closed, expired, removed), one per
 * board and job, from the print log, until someone marks them taken down. A job this phone
 * does not hold is left out: nobody can tell whether it closed.
 */
export function staleSheets(prints: readonly BoardPrint[], jobsById: ReadonlyMap<string, Job>): StaleSheet[] {
  const latest = new Map<string, StaleSheet>();
  for (const print of prints) {
    if (print.deleted) continue;
    for (const jobId of print.jobIds) {
      const job = jobsById.get(jobId);
      if (!job || (job.status === 'open' && !job.deleted) || print.takenDown?.includes(jobId)) continue;
      const key = `${print.regionCode}|${jobId}`;
      const seen = latest.get(key);
      if (!seen) latest.set(key, { board: print.regionCode, job, printedAt: print.printedAt, printIds: [print.id] });
      else {
        seen.printIds.push(print.id);
        seen.printedAt = Math.max(seen.printedAt, print.printedAt);
      }
    }
  }
  return [...latest.values()].sort((a, b) => a.board.localeCompare(b.board) || b.printedAt - a.printedAt);
}

/** The places the jobs are in, to choose a board from: towns, and the villages under them. */
export function placeChoices(jobs: readonly Job[]): { value: string; label: string }[] {
  const codes = new Set<string>();
  for (const job of jobs) {
    const town = townOf(job.regionCode);
    if (town) codes.add(town);
    if (job.regionCode.length >= CODE_LENGTH.villages) codes.add(job.regionCode.slice(0, CODE_LENGTH.villages));
  }
  return [...codes].sort().map((code) => ({
    value: code,
    // Villages indented under their town, as the select lists them in code order.
    label: code.length === CODE_LENGTH.villages ? `　${boardName(code)}` : boardName(code),
  }));
}
