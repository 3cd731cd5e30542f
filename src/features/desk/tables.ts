/**
 * The desk's lists as spreadsheets (导出 under 本站岗位 and 求职者名单): the rows the desk is
 * looking at, filters applied, with worded columns and words for every code. Phone numbers
 * go in whole: the desk (and field staff) may see them, and the file is for calling people.
 */
import { occupationByCode } from '../../core/occupations';
import type { Job, Seeker } from '../../core/records';
import { placeWithDetail } from '../../core/regions';
import { wageAmount } from '../../core/words';
import { fileDay, type Table } from '../sheets';
import { t } from './strings';

const occupationNames = (codes: readonly string[]) =>
  codes
    .map((code) => occupationByCode(code)?.name ?? '')
    .filter(Boolean)
    .join('、');

export function jobsTable(jobs: readonly Job[], now = Date.now()): Table {
  return {
    name: `${t('desk.stationJobs')}-${fileDay(now)}`,
    columns: [
      { key: 'title', label: t('desk.col.title') },
      { key: 'occupation', label: t('desk.col.occupation') },
      { key: 'employer', label: t('desk.col.employer') },
      { key: 'place', label: t('desk.col.place') },
      { key: 'wage', label: t('desk.col.wage') },
      { key: 'pay', label: t('desk.col.pay') },
      { key: 'headcount', label: t('desk.col.headcount') },
      { key: 'phone', label: t('desk.col.phone') },
      { key: 'status', label: t('desk.col.status') },
      { key: 'verified', label: t('desk.col.verified') },
      { key: 'posted', label: t('desk.col.posted') },
    ],
    rows: jobs.map((job) => ({
      title: job.title,
      occupation: occupationNames([job.occupationCode]),
      employer: job.employerName,
      place: placeWithDetail(job.regionCode, job.place),
      wage: t(`wage.${job.wageUnit}`, { amount: wageAmount(job.wageMin, job.wageMax) }),
      pay: t(`pay.${job.payPeriod}`),
      headcount: job.headcount,
      phone: job.contactPhone,
      status: t(`desk.status.${job.status}`),
      verified: t(`desk.verification.${job.verification.state}`),
      posted: fileDay(job.postedAt),
    })),
  };
}

export function seekersTable(seekers: readonly Seeker[], now = Date.now()): Table {
  return {
    name: `${t('desk.stationSeekers')}-${fileDay(now)}`,
    columns: [
      { key: 'name', label: t('desk.col.name') },
      { key: 'phone', label: t('desk.col.phone') },
      { key: 'birthYear', label: t('desk.col.birthYear') },
      { key: 'place', label: t('desk.col.place') },
      { key: 'wishes', label: t('desk.col.wishes') },
      { key: 'skills', label: t('desk.col.skills') },
    ],
    rows: seekers.map((seeker) => ({
      name: seeker.name,
      phone: seeker.phone,
      birthYear: seeker.birthYear,
      place: placeWithDetail(seeker.regionCode, seeker.village),
      wishes: occupationNames(seeker.wishes.occupations),
      skills: seeker.skills.join('、'),
    })),
  };
}
