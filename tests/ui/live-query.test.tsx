/**
 * Live queries during a first pull (bench/RESULTS.md, "The first visit's main thread"): an
 * answer equal to the last one wakes nothing, and one shared query serves every reader with
 * one run per change.
 */
import { createEffect, createRoot } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids';
import { GigDb } from '../../src/db/db';
import { createLiveQuery, sameAnswer, shareLiveQuery } from '../../src/ui/live';

let db: GigDb;

/** Resolves once `check` holds (live queries answer after IndexedDB does). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('live queries', () => {
  beforeEach(() => {
    db = new GigDb(`live-${uuidv7()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('compares answers as data', () => {
    expect(sameAnswer({ a: [1, { b: 'x' }], n: null }, { a: [1, { b: 'x' }], n: null })).toBe(true);
    expect(sameAnswer({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(sameAnswer({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameAnswer([1, 2], [1, 2, 3])).toBe(false);
    expect(sameAnswer(new Set(['job:1']), new Set(['job:1']))).toBe(true);
    expect(sameAnswer(new Set(['job:1']), new Set(['job:2']))).toBe(false);
    expect(sameAnswer(new Map([[1, 1]]), new Map([[1, 1]]))).toBe(false);
    expect(sameAnswer({ at: new Date(5) }, { at: new Date(5) })).toBe(true);
  });

  it('an equal answer wakes no reader; a changed one does', async () => {
    await db.meta.put({ key: 'x', value: { n: 1 } });
    let shown = 0;
    const stop = createRoot((dispose) => {
      const answer = createLiveQuery(
        () => null,
        () => db.meta.get('x'),
        undefined,
      );
      createEffect(() => {
        if (answer()) shown += 1;
      });
      return dispose;
    });
    await until(() => shown === 1);
    await db.meta.put({ key: 'x', value: { n: 1 } }); // written again, unchanged
    await settle();
    expect(shown).toBe(1);
    await db.meta.put({ key: 'x', value: { n: 2 } });
    await until(() => shown === 2);
    stop();
  });

  it('a shared query runs once per change for all its readers, and stops with the last', async () => {
    let runs = 0;
    const useX = shareLiveQuery(async (database) => {
      runs += 1;
      return (await database.meta.get('x'))?.value as { n: number } | undefined;
    }, undefined);
    const readers = [0, 1].map(() =>
      createRoot((dispose) => {
        const x = useX(db);
        return { x, dispose };
      }),
    );
    await settle(); // the first answer (Dexie may run a query again while the database opens)
    const before = runs;
    expect(before).toBeGreaterThan(0);
    await db.meta.put({ key: 'x', value: { n: 3 } });
    await until(() => readers.every((r) => r.x()?.n === 3));
    await settle();
    expect(runs - before).toBe(1);
    readers[0].dispose();
    await db.meta.put({ key: 'x', value: { n: 4 } });
    await until(() => readers[1].x()?.n === 4);
    await settle();
    expect(runs - before).toBe(2);
    readers[1].dispose();
    await db.meta.put({ key: 'x', value: { n: 5 } });
    await settle();
    expect(runs - before).toBe(2);
  });
});
