/**
 * printpack: 打印村务公告, the station desk's notice-board print pack (A4 sheets per village
 * board, print and PDF) and its print log. Loads on demand; pdf-lib only when a PDF is made.
 */
import { lazy } from 'solid-js';

export const PrintPack = lazy(() => import('./PrintPack'));
