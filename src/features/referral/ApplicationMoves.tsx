/**
 * Moving an application along (联系过了, 约了面试, 录用, 没录用, 人没到): the desk following a referral
 * up, or the employer working through 报名的人. Staff may add a follow-up note (回访: 已上岗),
 * which stays with the staff (docs/ACCESS.md). Only forward moves are offered, as the mutator
 * keeps only those; offline too.
 */
import { createSignal, For, Show } from 'solid-js';
import { isStaff } from '../../core/access';
import { APPLICATION_STATUSES, type Application, type ApplicationStatus } from '../../core/records';
import { isForwardApplicationMove } from '../../core/rules';
import { useActor } from '../../ui/actor';
import { useServices } from '../../ui/services';
import { t } from './strings';

export default function ApplicationMoves(props: { application: Application }) {
  const { write } = useServices();
  const actor = useActor();
  const [note, setNote] = createSignal('');
  const moves = () => APPLICATION_STATUSES.filter((s) => isForwardApplicationMove(props.application.status, s));
  const move = (status: ApplicationStatus) => {
    const written = note().trim();
    void write('application.advance', { id: props.application.id, status, note: written || undefined });
    setNote('');
  };
  return (
    <Show when={moves().length > 0}>
      <div class="application-moves" data-testid="application-moves">
        <Show when={isStaff(actor())}>
          <label class="field">
            <span class="field-label">{t('referral.note')}</span>
            <input
              type="text"
              maxLength={200}
              value={note()}
              onInput={(e) => setNote(e.currentTarget.value)}
              data-testid="application-note"
            />
          </label>
        </Show>
        <div class="chips">
          <For each={moves()}>
            {(status) => (
              <button type="button" class="toggle small" data-testid={`move-${status}`} onClick={() => move(status)}>
                {t(`referral.move.${status as Exclude<ApplicationStatus, 'pending'>}`)}
              </button>
            )}
          </For>
        </div>
      </div>
    </Show>
  );
}
