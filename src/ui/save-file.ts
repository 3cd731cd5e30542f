/**
 * Hands a file the app made (a resume picture, a PDF, a spreadsheet) to the person: the phone's
 * share sheet where it can share files (WeChat, Bluetooth), else a download.
 */

/** Into the share sheet where files can be shared, else a download; says which happened. */
export async function shareOrSave(
  blob: Blob,
  fileName: string,
  title: string,
): Promise<'shared' | 'cancelled' | 'saved'> {
  const file = new File([blob], fileName, { type: blob.type });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title });
      return 'shared';
    } catch (error) {
      // The person closed the share sheet: nothing to do. Anything else falls back to saving.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  saveFile(blob, fileName);
  return 'saved';
}

/** A plain download: desks on a computer want the file in their downloads, not a share sheet. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
