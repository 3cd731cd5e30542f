/** What someone came for, as six big buttons: at the desk (来访登记) and at the door (签到). */
import { For } from 'solid-js';
import { REASONS, type Reason } from './reasons';
import { t } from './strings';

/** The six reasons as big buttons, Chinese words the desk and a worker read at a glance. */
export function ReasonButtons(props: { onChoose: (reason: Reason) => void; testId: string }) {
  return (
    <div class="walkins-reasons">
      <For each={REASONS}>
        {(reason) => (
          <button
            type="button"
            class="button walkins-reason"
            onClick={() => props.onChoose(reason)}
            data-testid={`${props.testId}-${reason}`}
          >
            {t(`reason.${reason}`)}
          </button>
        )}
      </For>
    </div>
  );
}
