/**
 * 报名: a worker applies to a job from its page, offline too (the application waits in the
 * outbox). Applying needs the worker's login and profile; each missing step is one tap away.
 * Other accounts (the employer who posted it, staff) are not asked to log in as a worker.
 */
import { A } from '@solidjs/router';
import { Match, Switch } from 'solid-js';
import { useServices } from '../../ui/services';
import { uuidv7 } from '../../core/ids';
import type { Role } from '../../core/access';
import type { Application, Job, Seeker } from '../../core/records';
import type { GigDb } from '../../db/db';
import { readSession } from '../../db/session';
import { t } from './strings';
import { createLiveQuery } from '../../ui/live';
import { myProfile } from '../seekers';

interface ApplyState {
  /** undefined until the session is read, so nobody sees a step that is not theirs. */
  role?: Role;
  profile?: Seeker;
  application?: Application;
}

async function applyState(db: GigDb, jobId: string): Promise<ApplyState> {
  const role = (await readSession(db))?.account.role ?? 'anonymous';
  const profile = role === 'worker' ? await myProfile(db) : undefined;
  const application = profile ? await db.applications.where({ seekerId: profile.id, jobId }).first() : undefined;
  return { role, profile, application };
}

export function ApplyPanel(props: { job: Job }) {
  const { db, write } = useServices();
  const state = createLiveQuery(
    () => props.job.id,
    (jobId) => applyState(db, jobId),
    {},
  );
  const apply = (seekerId: string) =>
    void write('application.apply', {
      id: uuidv7(),
      jobId: props.job.id,
      seekerId,
      channel: 'self',
      stationId: props.job.stationId,
    });
  return (
    <div class="apply" data-testid="apply">
      <Switch>
        <Match when={state().application}>
          {(application) => (
            <p class="notice" data-testid="applied">
              {t('apply.done', { status: t(`apply.status.${application().status}`) })}
            </p>
          )}
        </Match>
        <Match when={props.job.status !== 'open'}>{null}</Match>
        <Match when={state().role === 'anonymous'}>
          <A href={`/login?next=/jobs/${props.job.id}`} class="button wide">
            {t('apply.login')}
          </A>
        </Match>
        <Match when={state().role !== 'worker'}>{null}</Match>
        <Match when={!state().profile}>
          <A href={`/profile?next=/jobs/${props.job.id}`} class="button wide" data-testid="apply-profile-first">
            {t('apply.profileFirst')}
          </A>
        </Match>
        <Match when={state().profile}>
          {(profile) => (
            <button
              type="button"
              class="button primary wide"
              data-testid="apply-button"
              onClick={() => apply(profile().id)}
            >
              {t('apply.button')}
            </button>
          )}
        </Match>
      </Switch>
    </div>
  );
}
