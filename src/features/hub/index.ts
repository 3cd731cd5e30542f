/** hub: the 服务 tab, one tile per station service a worker can use from the phone. */
import { lazy } from 'solid-js';

export const ServicesHub = lazy(() => import('./ServicesHub'));
