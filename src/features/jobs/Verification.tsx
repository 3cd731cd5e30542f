/**
 * How a job was checked, on its page: "电话回访 · 属实 · 12/1 10:20", the desk's note (only
 * staff devices receive it), a warning when the station found it untrue, and for the desk
 * that may verify it, the way to its 核实 page (src/features/desk).
 */
import { A } from '@solidjs/router';
import { createResource, Show } from 'solid-js';
import { DESK_ROLES, mayEditJob } from '../../core/access';
import type { Job } from '../../core/records';
import { actorOf, readSession } from '../../db/session';
import { formatTime } from '../../ui/format';
import { useServices } from '../../ui/services';
import { t } from './strings';

export function Verification(props: { job: Job }) {
  const { db } = useServices();
  const [actor] = createResource(async () => actorOf(await readSession(db)));
  const mayVerify = () => {
    const who = actor();
    return who !== undefined && DESK_ROLES.includes(who.role) && mayEditJob(who, props.job);
  };
  const checked = () => props.job.verification;
  return (
    <>
      <Show when={checked().state === 'rejected'}>
        <p class="notice warn" data-testid="verification-rejected">
          {t('jobs.checked.rejectedWarning')}
        </p>
      </Show>
      <Show when={checked().state !== 'unverified' && checked().method}>
        {(method) => (
          <p class="muted" data-testid="verification">
            {t('jobs.checked.how', {
              method: t(`jobs.checked.${method()}`),
              outcome: t(`jobs.checked.${checked().state as 'verified' | 'rejected'}`),
            })}
            {checked().at ? ` · ${new Date(checked().at!).toLocaleDateString()} ${formatTime(checked().at!)}` : ''}
            <Show when={checked().note}> · {checked().note}</Show>
          </p>
        )}
      </Show>
      <Show when={mayVerify()}>
        <A href={`/desk/verify/${props.job.id}`} class="button wide" data-testid="verify-link">
          {checked().state === 'unverified' ? t('jobs.checked.verify') : t('jobs.checked.again')}
        </A>
      </Show>
    </>
  );
}
