/**
 * A write refused because the device is out of storage. IndexedDB says so as a
 * QuotaExceededError, which Dexie passes on as is, or as the `inner` cause of an aborted
 * transaction, or among a bulk write's failures.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const e = error as { name?: string; inner?: unknown; failures?: unknown[] };
  if (e.name === 'QuotaExceededError') return true;
  return isQuotaError(e.inner, depth + 1) || (e.failures ?? []).some((f) => isQuotaError(f, depth + 1));
}
