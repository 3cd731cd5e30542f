/**
 * The smallest storage a mutator can run on: a map of records by key. Unit tests run the
 * mutators on it; the storage contract suite (tests/server/storage-contract.test.ts) holds
 * it to the same behaviour as the device's Dexie storage and the server's.
 */
import type { MutationTx } from '../../src/core/mutators';
import { type AnyRecord, type Kind, type RecordByKind, recordKey } from '../../src/core/records';

export type MemoryRows = Map<string, AnyRecord>;

export function memoryTx(rows: MemoryRows = new Map()): MutationTx & { rows: MemoryRows } {
  const matching = <K extends Kind>(kind: K, match: Record<string, string | number>) =>
    [...rows]
      .filter(
        ([key, row]) =>
          key.startsWith(`${kind}:`) &&
          !row.deleted &&
          Object.entries(match).every(([k, v]) => (row as unknown as Record<string, unknown>)[k] === v),
      )
      .map(([, row]) => row as RecordByKind[K]);
  return {
    rows,
    async get<K extends Kind>(kind: K, id: string) {
      return rows.get(recordKey(kind, id)) as RecordByKind[K] | undefined;
    },
    async findAll<K extends Kind>(kind: K, match: Record<string, string>) {
      return matching(kind, match);
    },
    async findFirst<K extends Kind>(kind: K, match: Record<string, string | number>) {
      return matching(kind, match)[0];
    },
    async put<K extends Kind>(kind: K, record: RecordByKind[K]) {
      rows.set(recordKey(kind, record.id), record);
    },
    async count(kind: Kind, match: Record<string, string>) {
      return matching(kind, match).length;
    },
  };
}
