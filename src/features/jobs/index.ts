/**
 * jobs: 找活 (the job list with search and 为你推荐, in the first bundle), a job's page with
 * 报名 and the applicants, and 发布岗位. The job page and the post form load on demand.
 */
import { lazy } from 'solid-js';

export { JobCard } from './JobCard';
export { wageText } from './format';
export { default as JobList } from './JobList';
export const JobDetail = lazy(() => import('./JobDetail'));
export const JobPostForm = lazy(() => import('./JobPostForm'));
/** 我的报名 (a worker's applications) and 我发布的岗位 (an employer's postings), for 我的. */
export const MyApplications = lazy(() => import('./MyApplications'));
export const MyPostings = lazy(() => import('./MyPostings'));
export const PostingCheck = lazy(() => import('./PostingCheck').then((m) => ({ default: m.PostingCheck })));
