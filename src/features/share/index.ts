/**
 * share: a job's share sheet (link, QR code with the job's essentials, SMS text, picture card)
 * and 扫一扫, the app's QR scanner. Both load on demand; the QR libraries come with them.
 */
import { lazy } from 'solid-js';

export const ShareSheet = lazy(() => import('./ShareSheet'));
export const ScanPage = lazy(() => import('./ScanPage'));
