import { Show } from 'solid-js';
import { StrokeIcon } from '../../ui/StrokeIcon';
import { occupationPicture, type Picture, picturePath } from './icons';

/** A picture beside a word that already names it, so screen readers skip it. */
export function PictureIcon(props: { picture: Picture }) {
  return <StrokeIcon class="occupation-icon" path={picturePath(props.picture)} size={28} />;
}

/** An occupation's picture (job cards show it in 长辈模式). */
export default function OccupationIcon(props: { code: string }) {
  return <Show when={occupationPicture(props.code)}>{(picture) => <PictureIcon picture={picture()} />}</Show>;
}
