/**
 * place: where the user is. The first-run question on the job list, the followed counties
 * on 我的 (both with the same picker: search by hanzi or pinyin, browse, or the nearest
 * station's county), and whether the phone is still waiting for that answer.
 */
import { lazy } from 'solid-js';

export { type PlaceChoice, placeChoice } from './choice';
export const PlaceSetup = lazy(() => import('./PlaceSetup'));
export const FollowedPlaces = lazy(() => import('./FollowedPlaces'));
