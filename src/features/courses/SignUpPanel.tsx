/**
 * 报名 on a course's page: a worker signs up offline too (the sign-up waits in the outbox),
 * then reads what the server decided: 已报名, or 候补第 N 位. Signing up needs the worker's
 * login and profile, each missing step one tap away; staff are told where they sign people up.
 */
import { A } from '@solidjs/router';
import { Match, Show, Switch } from 'solid-js';
import { uuidv7 } from '../../core/ids';
import { type Course, type Enrollment, recordKey } from '../../core/records';
import { createLiveQuery, createPendingKeys } from '../../ui/live';
import { useServices } from '../../ui/services';
import { signUpState } from './courses.repo';
import { t } from './strings';

function statusText(enrollment: Enrollment): string {
  if (enrollment.status === 'waitlisted') {
    return enrollment.position ? t('signUp.waitlisted', { n: enrollment.position }) : t('signUp.waitlistedUnsent');
  }
  return enrollment.status === 'completed' ? t('signUp.completed') : t('signUp.enrolled');
}

export function SignUpPanel(props: { course: Course }) {
  const { db, write } = useServices();
  const state = createLiveQuery(
    () => props.course.id,
    (courseId) => signUpState(db, courseId),
    {},
  );
  const pending = createPendingKeys(db);
  const signUp = (seekerId: string) =>
    void write('enrollment.enroll', { id: uuidv7(), courseId: props.course.id, seekerId });
  return (
    <div class="apply" data-testid="sign-up">
      <Switch>
        <Match when={state().enrollment}>
          {(enrollment) => (
            <>
              <p class="notice" data-testid="sign-up-status">
                {statusText(enrollment())}
              </p>
              <Show when={pending().has(recordKey('enrollment', enrollment().id))}>
                <span class="chip chip-pending" data-testid="local-only">
                  {t('signUp.unsent')}
                </span>
              </Show>
              <Show when={enrollment().status !== 'completed'}>
                <button
                  type="button"
                  class="button wide"
                  data-testid="sign-up-cancel"
                  onClick={() => void write('enrollment.cancel', { id: enrollment().id })}
                >
                  {t('signUp.cancel')}
                </button>
              </Show>
            </>
          )}
        </Match>
        <Match when={state().role === 'anonymous'}>
          <A href={`/login?next=/courses/${props.course.id}`} class="button wide">
            {t('signUp.login')}
          </A>
        </Match>
        <Match when={state().role !== undefined && state().role !== 'worker'}>
          <p class="muted">{t('signUp.staffHint')}</p>
        </Match>
        <Match when={state().role === 'worker' && !state().profile}>
          <A href={`/profile?next=/courses/${props.course.id}`} class="button wide">
            {t('signUp.profileFirst')}
          </A>
        </Match>
        <Match when={state().profile}>
          {(profile) => (
            <button
              type="button"
              class="button primary wide"
              data-testid="sign-up-button"
              onClick={() => signUp(profile().id)}
            >
              {t('signUp.button')}
            </button>
          )}
        </Match>
      </Switch>
    </div>
  );
}
