/** career: 简历 (a one-page resume from the profile), 职业兴趣小测, 练面试. Every screen loads on demand. */
import { lazy } from 'solid-js';

export const CareerHome = lazy(() => import('./CareerHome'));
export const ResumePage = lazy(() => import('./ResumePage'));
export const QuizPage = lazy(() => import('./QuizPage'));
export const InterviewPage = lazy(() => import('./InterviewPage'));
