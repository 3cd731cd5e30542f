/**
 * points: 积分, a ledger of entries the desk makes (加分, 兑换) that sync like every record;
 * the balance is always their sum. The 积分 page, 我的积分 on a worker's 我的, and the desk's
 * panel on a person's page all load on demand.
 */
import { lazy } from 'solid-js';

export const PointsPage = lazy(() => import('./PointsPage'));
/** 我的积分, for a worker's 我的. */
export const MyPoints = lazy(() => import('./MyPoints'));
/** 加分, 兑换 and the history, for the person's page of their desk. */
export const SeekerPoints = lazy(() => import('./SeekerPoints'));
