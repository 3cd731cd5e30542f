/** sync: the badge that always tells the truth about unsent work. */
export { SyncBadge } from './SyncBadge';
