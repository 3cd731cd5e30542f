/**
 * The one place that starts the sheets worker: one worker per file, terminated when the file
 * is read (or after READ_TIMEOUT_MS: a crafted zip that expands without end), so nothing a
 * crafted file does inside SheetJS outlives it (workers/sheets.worker.ts says why).
 */
import { type Remote, transfer, wrap } from 'comlink';
import type { SheetsWorkerApi } from '../../../workers/sheets.worker';
import { SHEET_LIMITS, type SheetRead } from '../../core/sheet-read';

const READ_TIMEOUT_MS = 30_000;

export async function readSheetFile(file: Blob): Promise<SheetRead> {
  // Refused before a byte is read: a 2 GB file picked by mistake must not fill the phone's memory.
  if (file.size > SHEET_LIMITS.bytes) return { ok: false, problem: 'too_big' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const worker = new Worker(new URL('../../../workers/sheets.worker.ts', import.meta.url), { type: 'module' });
  const api: Remote<SheetsWorkerApi> = wrap(worker);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<SheetRead>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, problem: 'unreadable' }), READ_TIMEOUT_MS);
  });
  try {
    return await Promise.race([api.read(transfer(bytes, [bytes.buffer])), timedOut]);
  } catch {
    return { ok: false, problem: 'unreadable' };
  } finally {
    clearTimeout(timer);
    worker.terminate();
  }
}
