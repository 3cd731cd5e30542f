/** What one A4 sheet says about a job, worded once for the printed page and the PDF alike. */
import { jobEssentials, jobQrText } from '../../core/job-link';
import type { Job, Station } from '../../core/records';
import { shortPlace, villageWord } from '../../core/regions';
import { wageText } from '../jobs';
import type { Batch } from './pack';
import { t } from './strings';

/** Tear-off strips at the foot of a sheet: enough for a village's passers-by, wide enough to write on. */
export const STRIPS = 8;

export interface SheetContent {
  jobId: string;
  /** Which board the sheet goes on, small in a corner, for sorting the pile. */
  board: string;
  title: string;
  occupationCode: string;
  wage: string;
  place: string;
  pay: string;
  /** The station's phone (it checks its jobs), else the job's own contact. */
  phone?: string;
  /** The day the station checked it, when it did. */
  verifiedOn?: string;
  qrText: string;
  /** One tear-off strip's words: the job, short, and whom to call. */
  strip: string;
}

export const dayText = (at: number): string => new Date(at).toLocaleDateString();

export const boardLabel = (batch: Pick<Batch, 'name' | 'town'>): string =>
  batch.town ? t('print.boardIn', { name: batch.name, town: batch.town }) : t('print.board', { name: batch.name });

export function sheetContent(job: Job, station: Station | undefined, batch: Batch, origin: string): SheetContent {
  const essentials = jobEssentials(job, station);
  const where = villageWord(shortPlace(job.regionCode));
  const verified = job.verification.state === 'verified' && job.verification.at !== undefined;
  return {
    jobId: job.id,
    board: boardLabel(batch),
    title: job.title,
    occupationCode: job.occupationCode,
    wage: wageText(job),
    // The poster's own words for the place when they add to the region's names (a site, a farm).
    place: job.place && !where.endsWith(villageWord(job.place)) ? `${where} ${job.place}` : where,
    pay: t(`pay.${job.payPeriod}`),
    phone: essentials.phone,
    verifiedOn: verified ? dayText(job.verification.at as number) : undefined,
    qrText: jobQrText(origin, essentials),
    // The phone first: a strip too narrow for both keeps the number whole and cuts the title.
    strip: `${essentials.phone ?? ''} ${Array.from(job.title).slice(0, 6).join('')}`.trim(),
  };
}
