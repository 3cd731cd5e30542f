/** me: the 我的 tab (account, the role's own work first, what waits to be sent and what was refused, followed places, language). */
import { lazy } from 'solid-js';

export const MePage = lazy(() => import('./MePage'));
