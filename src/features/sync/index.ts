/** sync: the badge that always tells the truth about unsent work, and which records wait to be sent. */
export { pendingRecordKeys } from './sync.repo';
export { SyncBadge } from './SyncBadge';
