/**
 * seekers: job seekers' profiles (我的求职意向, 登记求职者), 待核对 review items and the people
 * who fit a job. Its screens load on demand; only the profile queries are eager.
 */
import { lazy } from 'solid-js';

export { myProfile, openReviewCount } from './seekers.repo';
export const SeekerForm = lazy(() => import('./SeekerForm'));
export const ReviewsPage = lazy(() => import('./ReviewsPage'));
/** 匹配求职者 on a job's page (station staff). */
export const SeekerMatches = lazy(() => import('./SeekerMatches'));
