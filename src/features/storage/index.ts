/** storage: 我的 › 手机存储 (how much the app uses, whether the browser may clear it, 清理旧岗位). */
import { lazy } from 'solid-js';

export const StoragePanel = lazy(() => import('./StoragePanel'));
