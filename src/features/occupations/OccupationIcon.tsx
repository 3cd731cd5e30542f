import { Show } from 'solid-js';
import { occupationPicture, type Picture, picturePath } from './icons';

/** A picture beside a word that already names it, so screen readers skip it. */
export function PictureIcon(props: { picture: Picture }) {
  return (
    <svg class="occupation-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
      <path
        d={picturePath(props.picture)}
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

/** An occupation's picture (job cards show it in 长辈模式). */
export default function OccupationIcon(props: { code: string }) {
  return <Show when={occupationPicture(props.code)}>{(picture) => <PictureIcon picture={picture()} />}</Show>;
}
