/**
 * syncfile: sync files for places with no network (issue 13). A field phone exports its
 * unsent records; a desk imports them; a desk exports its county's jobs for a field phone to
 * load. Every screen loads on demand.
 */
import { lazy } from 'solid-js';

/** 导出未发送的记录 (any logged-in account; 我的 offers it when storage is at risk). */
export const ExportPage = lazy(() => import('./ExportPage'));
/** 导入同步文件 (a station desk). */
export const ImportPage = lazy(() => import('./ImportPage'));
/** 县里的岗位资料: export (a desk) and load (staff). */
export const CountyPage = lazy(() => import('./CountyPage'));
