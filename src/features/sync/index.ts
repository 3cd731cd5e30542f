/** sync: the badge that always tells the truth about unsent work, and the job download's progress. */
export { DownloadProgress } from './DownloadProgress';
export { SyncBadge } from './SyncBadge';
