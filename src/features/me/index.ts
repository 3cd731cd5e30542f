/** me: the 我的 tab (account, the role's own work first, what waits to be sent and what was refused, followed places, language). */
import { lazy } from 'solid-js';

// The page resolves once its parts have loaded too, so it appears whole and nothing moves after.
export const MePage = lazy(() => import('./MePage').then((page) => page.partsLoaded.then(() => page)));
