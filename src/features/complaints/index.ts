/** complaints: 求助 (file, follow, handle). Every screen loads on demand. */
import { lazy } from 'solid-js';

export const ComplaintsPage = lazy(() => import('./ComplaintsPage'));
export const ComplaintForm = lazy(() => import('./ComplaintForm'));
export const ComplaintPage = lazy(() => import('./ComplaintPage'));
/** The 求助 on this device with their status (a worker's 我的 shows them). */
export const ComplaintList = lazy(() => import('./ComplaintList'));
