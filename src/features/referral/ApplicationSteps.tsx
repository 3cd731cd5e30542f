/**
 * Where an application stands: who started it (驿站推荐 or 本人报名), its status, 仅保存在本机
 * while the phone has not sent it, and each step with its date and with the desk's note
 * where this phone may read notes (staff: projection strips them for everyone else).
 */
import { For, Show } from 'solid-js';
import type { Application } from '../../core/records';
import { t } from './strings';

const step = (status: string, at: number) => {
  const date = new Date(at);
  return t('referral.step', { status, m: date.getMonth() + 1, d: date.getDate() });
};

export default function ApplicationSteps(props: { application: Application; unsent: boolean }) {
  const referred = () => props.application.channel === 'referral';
  return (
    <>
      <p class="chips">
        <span class="chip" classList={{ 'chip-ok': referred() }} data-testid="application-channel">
          {referred() ? t('referral.byStation') : t('referral.bySelf')}
        </span>
        <span class="chip" data-testid="application-status">
          {t(`referral.status.${props.application.status}`)}
        </span>
        <Show when={props.unsent}>
          <span class="chip chip-pending">{t('sync.localOnly')}</span>
        </Show>
      </p>
      <ol class="steps" data-testid="application-history">
        <For each={props.application.history}>
          {(event, i) => (
            <li>
              {step(
                i() === 0
                  ? referred()
                    ? t('referral.byStation')
                    : t('referral.applied')
                  : t(`referral.status.${event.status}`),
                event.at,
              )}
              <Show when={event.note}>{(note) => <span class="step-note"> · {note()}</span>}</Show>
            </li>
          )}
        </For>
      </ol>
    </>
  );
}
