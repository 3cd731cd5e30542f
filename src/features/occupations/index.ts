/**
 * occupations: the icon-led occupation picker (categories, then trades, with a search box
 * that reads hanzi, pinyin and English through the match worker) and the occupation
 * pictures. Both load on demand: the forms load the picker, job cards the picture only in
 * 长辈模式.
 */
import { lazy } from 'solid-js';

export const OccupationPicker = lazy(() => import('./OccupationPicker'));
export const OccupationIcon = lazy(() => import('./OccupationIcon'));

/** The outline of an occupation's picture (SVG path data in a 24-unit box), for drawing it elsewhere (a canvas). */
export const occupationPicturePath = async (code: string): Promise<string | undefined> => {
  const { occupationPicture, picturePath } = await import('./icons');
  const picture = occupationPicture(code);
  return picture && picturePath(picture);
};
