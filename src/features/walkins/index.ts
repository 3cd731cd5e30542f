/**
 * walkins: 来访登记 at the desk (one tap per visitor, today's visits with a count per reason),
 * the door's check-in poster to print, and a worker's check-in by scanning it. Every screen
 * loads on demand.
 */
import { lazy } from 'solid-js';

/** The desk's walk-in log (station staff and admins). */
export const WalkinsPage = lazy(() => import('./WalkinsPage'));
/** The A4 check-in poster for a station's door. */
export const DoorPoster = lazy(() => import('./DoorPoster'));
/** Where the door's code leads: a worker checks in. */
export const CheckInPage = lazy(() => import('./CheckInPage'));
