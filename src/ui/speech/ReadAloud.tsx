/**
 * 朗读: a button that opens the read-aloud player under it. The player (and its speech code)
 * loads on the first tap, so a page that offers reading aloud pays only for this button.
 * `text` is what is read: one string, or parts read in order (empty parts are left out).
 */
import { createSignal, lazy, Show } from 'solid-js';
import { t } from './strings';

const Player = lazy(() => import('./Player'));

/** A speaker, 24×24: no icon font, no emoji an old phone may lack. */
const SPEAKER =
  'M3 9v6h4l5 5V4L7 9zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4M14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6';

export type ReadableText = string | readonly (string | false | null | undefined)[];

export const readableText = (text: ReadableText): string =>
  typeof text === 'string' ? text : text.filter((part): part is string => !!part && part.trim() !== '').join('\n');

export default function ReadAloud(props: { text: ReadableText; testId?: string }) {
  const [open, setOpen] = createSignal(false);
  return (
    <div class="read-aloud">
      <button
        type="button"
        class="button read-aloud-button"
        aria-expanded={open()}
        data-testid={props.testId ?? 'read-aloud'}
        onClick={() => setOpen(!open())}
      >
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
          <path d={SPEAKER} fill="currentColor" />
        </svg>
        {open() ? t('speech.close') : t('speech.read')}
      </button>
      <Show when={open()}>
        <Player text={readableText(props.text)} />
      </Show>
    </div>
  );
}
