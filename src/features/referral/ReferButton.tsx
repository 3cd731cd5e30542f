/**
 * 推荐 on a person-and-job row (a person's matched jobs, a job's matching people): the desk
 * sends the person to the job, offline too. Once an application exists (referred, or the
 * person applied), the row shows where it stands instead: one person, one job, once.
 */
import { createSignal, Show } from 'solid-js';
import { mayReferSeeker, referralStation } from '../../core/access';
import { uuidv7 } from '../../core/ids';
import { type Job, recordKey, type Seeker } from '../../core/records';
import { useActor } from '../../ui/actor';
import { writeErrorText } from '../../ui/errors';
import { createLiveQuery, createPendingKeys } from '../../ui/live';
import { useServices } from '../../ui/services';
import { applicationOf } from './referral.repo';
import { t } from './strings';

export default function ReferButton(props: { seeker: Seeker; job: Job }) {
  const { db, write } = useServices();
  const actor = useActor();
  const application = createLiveQuery(
    () => [props.seeker.id, props.job.id] as const,
    ([seekerId, jobId]) => applicationOf(db, seekerId, jobId),
    undefined,
  );
  const pending = createPendingKeys(db);
  const [refused, setRefused] = createSignal<string>();
  const refer = async () => {
    setRefused(undefined);
    try {
      await write('application.apply', {
        id: uuidv7(),
        jobId: props.job.id,
        seekerId: props.seeker.id,
        channel: 'referral',
        stationId: referralStation(actor(), props.job, props.seeker),
      });
    } catch (error) {
      setRefused(writeErrorText(error));
    }
  };
  return (
    <Show
      when={application()}
      fallback={
        <Show when={application.answered() && props.job.status === 'open' && mayReferSeeker(actor(), props.seeker)}>
          <button
            type="button"
            class="button primary refer-button"
            data-testid="refer"
            aria-label={t('referral.referTo', { name: props.seeker.name, job: props.job.title })}
            onClick={() => void refer()}
          >
            {t('referral.refer')}
          </button>
          <Show when={refused()}>
            <p class="notice warn" role="alert">
              {refused()}
            </p>
          </Show>
        </Show>
      }
    >
      {(found) => (
        <p class="chips" data-testid="referral-state">
          <Show
            when={found().channel === 'referral' && pending().has(recordKey('application', found().id))}
            fallback={
              <>
                <span class="chip">
                  {found().channel === 'referral' ? t('referral.byStation') : t('referral.bySelf')}
                </span>
                <span class="chip">{t(`referral.status.${found().status}`)}</span>
              </>
            }
          >
            <span class="chip chip-pending">
              {t('referral.referred')} · {t('referral.unsent')}
            </span>
          </Show>
        </p>
      )}
    </Show>
  );
}
