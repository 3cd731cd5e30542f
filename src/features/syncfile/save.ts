/**
 * Handing a file over: a download (the browser saves it where the phone keeps downloads),
 * or the share sheet (微信, 蓝牙) where the browser can share files.
 */
import { SYNC_FILE_EXTENSION } from '../../core/sync-file';

const MIME = 'application/json';

/** 零工驿站-未发送-2026-12-01-1530.gigsync: the date and time tell two exports of one day apart. */
export function fileName(stem: string, at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${stem}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${SYNC_FILE_EXTENSION}`;
}

export function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: MIME }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click starts the download before this runs; the URL is not needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const asFile = (text: string, name: string) => new File([text], name, { type: MIME });

/** Can this browser hand a file to the share sheet? */
export const canShareFiles = (): boolean =>
  typeof navigator.canShare === 'function' && navigator.canShare({ files: [asFile('{}', `x${SYNC_FILE_EXTENSION}`)] });

/** Open the share sheet with the file; a person closing it is not an error. */
export async function share(text: string, name: string): Promise<void> {
  try {
    await navigator.share({ files: [asFile(text, name)] });
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'AbortError')) throw error;
  }
}
