/**
 * The small, schema-free parts of the records (src/core/records.ts re-exports them): the pay
 * periods the filter bar offers and the `kind:id` record key. The job list's first bundle
 * uses them without carrying every record's valibot schema.
 */
import type { Kind } from './records';

export const PAY_PERIODS = ['daily', 'weekly', 'monthly'] as const;

/** "job:0190…": a record's key across kinds (the device's outbox, a server transaction's writes). */
export type RecordKey = `${Kind}:${string}`;
export const recordKey = (kind: Kind, id: string): RecordKey => `${kind}:${id}`;
export function splitRecordKey(key: RecordKey): [Kind, string] {
  const at = key.indexOf(':');
  return [key.slice(0, at) as Kind, key.slice(at + 1)];
}
