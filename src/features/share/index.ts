/**
 * share: a job's share sheet (link, QR code with the job's essentials, SMS text, picture card)
 * and 扫一扫, the app's QR scanner. Both load on demand; the QR libraries come with them.
 */
import { lazy } from 'solid-js';

// Marked pure so the first bundle, which imports this face for the /scan route only, drops it.
export const ShareSheet = /* @__PURE__ */ lazy(() => import('./ShareSheet'));
export const ScanPage = lazy(() => import('./ScanPage'));
