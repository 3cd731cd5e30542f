/**
 * What the poster (or staff where the job is) does with a posting: 修改, 已招满 / 重新招人,
 * 关闭 (asked twice: a closed job stays closed), 再发一次 (a new posting filled in from this
 * one). Works offline; the server checks the same rules (job.edit, job.setStatus).
 */
import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import type { Job, JobStatus } from '../../core/records';
import { MutationError } from '../../core/validation';
import { errorText } from '../../ui/errors';
import { useServices } from '../../ui/services';
import { t } from './strings';

export function JobActions(props: { job: Job }) {
  const { write } = useServices();
  const [confirming, setConfirming] = createSignal(false);
  const [problem, setProblem] = createSignal<string>();
  const setStatus = async (status: JobStatus) => {
    setConfirming(false);
    try {
      await write('job.setStatus', { id: props.job.id, status });
      setProblem(undefined);
    } catch (error) {
      if (!(error instanceof MutationError)) throw error;
      setProblem(errorText(error.code, error.field));
    }
  };
  const open = () => props.job.status !== 'closed';
  return (
    <div class="job-actions" data-testid="job-actions">
      <div class="chips">
        <Show when={open()}>
          <A href={`/post?edit=${props.job.id}`} class="button">
            {t('actions.edit')}
          </A>
        </Show>
        <Show when={props.job.status === 'open'}>
          <button type="button" class="button" onClick={() => void setStatus('filled')}>
            {t('actions.filled')}
          </button>
        </Show>
        <Show when={props.job.status === 'filled' || props.job.status === 'expired'}>
          <button type="button" class="button" onClick={() => void setStatus('open')}>
            {t('actions.reopen')}
          </button>
        </Show>
        <A href={`/post?from=${props.job.id}`} class="button">
          {t('actions.repost')}
        </A>
        <Show when={open() && !confirming()}>
          <button type="button" class="button warn" data-testid="job-close" onClick={() => setConfirming(true)}>
            {t('actions.close')}
          </button>
        </Show>
      </div>
      <Show when={confirming()}>
        <p class="notice warn">{t('actions.closeAsk')}</p>
        <div class="chips">
          <button
            type="button"
            class="button warn"
            data-testid="job-close-confirm"
            onClick={() => void setStatus('closed')}
          >
            {t('actions.closeYes')}
          </button>
          <button type="button" class="button" onClick={() => setConfirming(false)}>
            {t('actions.closeNo')}
          </button>
        </div>
      </Show>
      <Show when={problem()}>
        <p class="notice warn">{problem()}</p>
      </Show>
    </div>
  );
}
