/**
 * Naming a sync file, and whether the share sheet can take one; handing it over is
 * src/ui/save-file.ts (a download, or the share sheet: 微信, 蓝牙).
 */
import { SYNC_FILE_EXTENSION } from '../../core/sync-file';

/** What a sync file is, to the browser (it is JSON inside). */
export const syncFileBlob = (text: string) => new Blob([text], { type: 'application/json' });

/** 零工驿站-未发送-2026-12-01-1530.gigsync: the date and time tell two exports of one day apart. */
export function fileName(stem: string, at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${stem}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${SYNC_FILE_EXTENSION}`;
}

/** Can this browser hand a file to the share sheet? (Then 导出 offers it beside the download.) */
export const canShareFiles = (): boolean =>
  typeof navigator.canShare === 'function' &&
  navigator.canShare({ files: [new File(['{}'], `x${SYNC_FILE_EXTENSION}`, { type: 'application/json' })] });
