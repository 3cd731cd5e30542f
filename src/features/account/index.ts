/** account: 登录, who is logged in on this phone, and pages only some roles may use. */
import { lazy } from 'solid-js';

export const LoginPage = lazy(() => import('./LoginPage'));
export const AccountPanel = lazy(() => import('./AccountPanel'));
/** Shows its children to the given roles only; others are asked to log in. */
export const RequireAccount = lazy(() => import('./RequireAccount'));
