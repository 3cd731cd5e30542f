/** policies: 政策 (the list, a policy's page, the desk's form). Every screen loads on demand. */
import { lazy } from 'solid-js';

export const PoliciesPage = lazy(() => import('./PoliciesPage'));
export const PolicyPage = lazy(() => import('./PolicyPage'));
export const PolicyForm = lazy(() => import('./PolicyForm'));
/** The policies in force for some counties, newest first (the hall screen shows them). */
export { currentPolicies } from './policies.repo';
