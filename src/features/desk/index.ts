/**
 * desk: the station desk's and field staff's day. 今日待办 and 这趟下乡 (shown on 我的 by
 * role), the station's jobs and people with search and filters, a person's page, and
 * verifying a job. Every screen loads on demand.
 */
import { lazy } from 'solid-js';

/** 今日待办, for 我的 of a desk (and an admin). */
export const DeskHome = lazy(() => import('./DeskHome'));
/** 这趟下乡, for 我的 of field staff. */
export const FieldHome = lazy(() => import('./FieldHome'));
export const StationJobs = lazy(() => import('./StationJobs'));
export const StationSeekers = lazy(() => import('./StationSeekers'));
export const SeekerPage = lazy(() => import('./SeekerPage'));
export const VerifyJob = lazy(() => import('./VerifyJob'));
