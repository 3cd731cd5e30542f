/**
 * 对方要我交钱 on a job's page: one tap tells the job's desk, offline and without a name (a
 * 求助 of kind `fee` naming the job). The phone remembers it reported, so the button turns
 * into "已告诉驿站"; the server counts each person once however often they tap. A job that
 * three people reported carries a warning until its desk checks it.
 */
import { createSignal, Show } from 'solid-js';
import { uuidv7 } from '../../core/ids';
import { type Job, recordKey } from '../../core/records';
import { createLiveQuery, createPendingKeys } from '../../ui/live';
import { useServices } from '../../ui/services';
import { feeReportOf, rememberFeeReport } from './jobs.repo';
import { t } from './strings';

export function FeeWarning(props: { job: Job }) {
  return (
    <Show when={props.job.feeReview}>
      <p class="notice warn" role="alert" data-testid="fee-warning">
        {t('jobs.fee.warning', { n: props.job.feeReports ?? 0 })}
      </p>
    </Show>
  );
}

export function FeeReport(props: { job: Job }) {
  const { db, write } = useServices();
  const reported = createLiveQuery(
    () => props.job.id,
    (jobId) => feeReportOf(db, jobId),
    undefined,
  );
  const pending = createPendingKeys(db);
  const [sending, setSending] = createSignal(false);
  async function report() {
    if (sending() || reported()) return;
    setSending(true);
    try {
      const id = uuidv7();
      await write('complaint.file', {
        id,
        kind: 'fee',
        jobId: props.job.id,
        anonymous: true,
        employerName: props.job.employerName,
        description: t('jobs.fee.description'),
        evidence: [],
        regionCode: props.job.regionCode,
        stationId: props.job.stationId,
      });
      await rememberFeeReport(db, props.job.id, id);
    } finally {
      setSending(false);
    }
  }
  return (
    <Show
      when={reported()}
      fallback={
        <button
          type="button"
          class="button wide warn"
          disabled={sending()}
          onClick={() => void report()}
          data-testid="fee-report"
        >
          {t('jobs.fee.report')}
        </button>
      }
    >
      {(complaintId) => (
        <p class="notice" role="status" data-testid="fee-reported">
          {t('jobs.fee.reported')}
          <Show when={pending().has(recordKey('complaint', complaintId()))}> {t('jobs.fee.pending')}</Show>
        </p>
      )}
    </Show>
  );
}
