/** Small presenters shared by several features: clock times, file sizes, masked phone numbers. */

/** "08:05": a time of day on the phone's clock. */
export function formatTime(at: number): string {
  const d = new Date(at);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** "3.2 MB" (the same in both languages); anything under 100 KB reads 0.1 MB, never 0.0. */
export function megabytes(bytes: number): string {
  return `${bytes < 100_000 ? '0.1' : (bytes / 1_048_576).toFixed(1)} MB`;
}

/** 139****0001: enough to recognise one's own number on a shared screen. */
export const maskPhone = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;
