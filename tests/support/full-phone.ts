/**
 * A phone whose storage is full: IndexedDB refuses every write to the named tables (all by
 * default) as a full device does, below Dexie, so Dexie's own handling of the error runs.
 */
import type { GigDb } from '../../src/db/db';

export function fillPhone(db: GigDb, tables?: readonly string[]): void {
  db.use({
    stack: 'dbcore',
    name: 'full-phone',
    create: (core) => ({
      ...core,
      table: (name) =>
        !tables || tables.includes(name)
          ? {
              ...core.table(name),
              mutate: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
            }
          : core.table(name),
    }),
  });
}
