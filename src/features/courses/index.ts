/** courses: 培训 (list, a course's page with 报名, 我想学, the desk's 开课, 居民点单 and register). Every screen loads on demand. */
import { lazy } from 'solid-js';

export const CoursesPage = lazy(() => import('./CoursesPage'));
export const CoursePage = lazy(() => import('./CoursePage'));
export const CourseForm = lazy(() => import('./CourseForm'));
export const AskForm = lazy(() => import('./AskForm'));
export const CourseRequests = lazy(() => import('./CourseRequests'));
export const Roster = lazy(() => import('./Roster'));
