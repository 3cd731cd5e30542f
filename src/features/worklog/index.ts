/**
 * worklog: 维权 (who to call, the evidence checklist) and 记工 (a worker's own log of work
 * days and what is still owed). Screens load on demand; the 求助 form attaches a summary.
 */
import { lazy } from 'solid-js';

export const RightsPage = lazy(() => import('./RightsPage'));
export const WorklogPage = lazy(() => import('./WorklogPage'));
export const WorkdayForm = lazy(() => import('./WorkdayForm'));
/** A 记工 summary (range, days, hours, agreed, paid, still owed; optionally each day), for a 求助's page. */
export const WorklogSummary = lazy(() => import('./WorklogSummary'));
/** The 求助 form's "附上记工记录": choose a boss from the log, see the summary, hand it back. */
export const WorklogAttach = lazy(() => import('./WorklogAttach'));
export type { AttachedLog } from './WorklogAttach';
