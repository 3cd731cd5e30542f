/**
 * figures: 数据, a station's and a county's figures by day, week and month, counted on the
 * phone (offline) and, for the whole county, on the server; the chart (uPlot) and the monthly
 * county report export load with the page only.
 */
import { lazy } from 'solid-js';

/** The figures page (`/desk/figures`): desks, field staff and admins. */
export const FiguresPage = lazy(() => import('./FiguresPage'));
