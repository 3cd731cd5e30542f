/** How a job's numbers read: "200-260 元/天 · 日结". */
import type { Job } from '../../core/records';
import { wageAmount } from '../../core/words';
import { t } from '../../i18n';

export function wageText(job: Pick<Job, 'wageMin' | 'wageMax' | 'wageUnit'>): string {
  return t(`wage.${job.wageUnit}`, { amount: wageAmount(job.wageMin, job.wageMax) });
}

export function postedText(postedAt: number, now = Date.now()): string {
  const days = Math.floor((now - postedAt) / 86_400_000);
  return days <= 0 ? t('jobs.postedToday') : t('jobs.posted', { days });
}
