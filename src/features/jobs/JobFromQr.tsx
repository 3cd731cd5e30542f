/**
 * 岗位信息（来自二维码）: a job this phone does not have, shown from the essentials its QR code
 * carried (src/core/job-link.ts), with the phone to call. Said plainly to be unchecked: anyone
 * can make a QR code, so it is no verified job until the phone has it from the station.
 */
import type { JobEssentials } from '../../core/job-link';
import { placeLabel } from '../../core/regions/names';
import { wageText } from './format';
import { t } from './strings';

export function JobFromQr(props: { job: JobEssentials }) {
  return (
    <article class="job-detail" data-testid="job-from-qr">
      <p class="chips">
        <span class="chip chip-plain">{t('jobs.fromQr')}</span>
      </p>
      <h2 class="page-title">{props.job.title}</h2>
      <p class="wage big">{wageText(props.job)}</p>
      <dl class="facts">
        <dt>{t('jobs.place')}</dt>
        <dd>{placeLabel(props.job.regionCode, { city: true })}</dd>
      </dl>
      <p class="notice warn">{t('jobs.fromQr.note')}</p>
      <p class="notice">{t('jobs.noFee')}</p>
      {props.job.phone && (
        <a class="button primary wide" href={`tel:${props.job.phone}`}>
          {t('jobs.call')} {props.job.phone}
        </a>
      )}
    </article>
  );
}
