/**
 * What the poster (or staff where the job is) does with a posting: 修改, 已招满 / 重新招人,
 * 关闭, 再发一次 (a new posting filled in from this one). 已招满 and 关闭 ask first: one tap
 * too many on a small screen would take a job off the list (and a closed job stays closed).
 * Works offline; the server checks the same rules (job.edit, job.setStatus).
 */
import { A } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import type { Job, JobStatus } from '../../core/records';
import { writeErrorText } from '../../ui/errors';
import { useServices } from '../../ui/services';
import { t } from './strings';

/** The statuses asked about before they are set, and the words of asking. */
const ASKED = {
  filled: { ask: 'actions.filledAsk', yes: 'actions.filledYes', no: 'actions.filledNo' },
  closed: { ask: 'actions.closeAsk', yes: 'actions.closeYes', no: 'actions.closeNo' },
} as const;
type Asked = keyof typeof ASKED;

/** Are you sure? The answer buttons are full width; focus starts on the one that changes nothing. */
function StatusAsk(props: { status: Asked; onYes: () => void; onNo: () => void }) {
  let keep!: HTMLButtonElement;
  onMount(() => keep.focus());
  const words = () => ASKED[props.status];
  return (
    <div class="status-ask" role="alertdialog" aria-labelledby="job-status-ask" data-testid={`job-${props.status}-ask`}>
      <p class="notice warn" id="job-status-ask">
        {t(words().ask)}
      </p>
      <button type="button" class="button warn wide" data-testid={`job-${props.status}-confirm`} onClick={props.onYes}>
        {t(words().yes)}
      </button>
      <button type="button" class="button wide" data-testid="job-status-keep" ref={keep} onClick={props.onNo}>
        {t(words().no)}
      </button>
    </div>
  );
}

export function JobActions(props: { job: Job }) {
  const { write } = useServices();
  const [asking, setAsking] = createSignal<Asked>();
  const [problem, setProblem] = createSignal<string>();
  const setStatus = async (status: JobStatus) => {
    setAsking(undefined);
    try {
      await write('job.setStatus', { id: props.job.id, status });
      setProblem(undefined);
    } catch (error) {
      setProblem(writeErrorText(error));
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
        <Show when={props.job.status === 'open' && !asking()}>
          <button type="button" class="button" data-testid="job-filled" onClick={() => setAsking('filled')}>
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
        <Show when={open() && !asking()}>
          <button type="button" class="button warn" data-testid="job-close" onClick={() => setAsking('closed')}>
            {t('actions.close')}
          </button>
        </Show>
      </div>
      <Show when={asking()} keyed>
        {(status) => (
          <StatusAsk status={status} onYes={() => void setStatus(status)} onNo={() => setAsking(undefined)} />
        )}
      </Show>
      <Show when={problem()}>
        <p class="notice warn">{problem()}</p>
      </Show>
    </div>
  );
}
