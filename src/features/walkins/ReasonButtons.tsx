/** What someone came for, as six big buttons: at the desk (来访登记) and at the door (签到). */
import { For } from 'solid-js';
import { REASONS, type Reason } from './reasons';
import { t } from './strings';

/** A 24×24 SVG path a reason: a picture for those who read little, no emoji an old phone may lack. */
const ICON: Record<Reason, string> = {
  // A briefcase: work.
  job: 'M9 3h6a2 2 0 0 1 2 2v2h4v13H3V7h4V5a2 2 0 0 1 2-2zm0 4h6V5H9zM5 9v4h14V9zm0 6v3h14v-3z',
  // A document with lines of text.
  policy: 'M6 2h8l6 6v14H6zm7 1.5V9h5.5zM8 12h8v1.5H8zm0 3h8v1.5H8zm0 3h5v1.5H8z',
  // A mortarboard: a course.
  training: 'M12 3 1 9l11 6 9-4.9V17h2V9zM5 13.2v4L12 21l7-3.8v-4L12 17z',
  // A cup with steam: a seat and hot water.
  rest: 'M4 8h13v3h1a3 3 0 0 1 0 6h-1.3A6 6 0 0 1 11 21h-1a6 6 0 0 1-6-6zm13 5v2h1a1 1 0 0 0 0-2zM7 2h2v4H7zm4 0h2v4h-2z',
  // A shield: rights defended.
  rights: 'M12 2 4 5v6c0 5 3.4 9.5 8 11 4.6-1.5 8-6 8-11V5zm-1 5h2v6h-2zm0 8h2v2h-2z',
  // Three dots: something else.
  other: 'M5 10a2 2 0 1 1 0 4 2 2 0 0 1 0-4zm7 0a2 2 0 1 1 0 4 2 2 0 0 1 0-4zm7 0a2 2 0 1 1 0 4 2 2 0 0 1 0-4z',
};

/** The six reasons as big buttons, a picture and the words, that the desk and a worker take in at a glance. */
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
            <svg viewBox="0 0 24 24" width="32" height="32" aria-hidden="true">
              <path d={ICON[reason]} fill="currentColor" />
            </svg>
            {t(`reason.${reason}`)}
          </button>
        )}
      </For>
    </div>
  );
}
