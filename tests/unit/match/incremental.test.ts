import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../workers/match/engine';
import type { MatchDoc } from '../../../workers/match/types';
import { JOBS, TEST_NOW } from './fixtures';

const QUERIES = ['保洁', 'baojie', '奈曼 保洁', '日结', 'cook', '电焊 日结', '茶艺师', '小工 200一天', 'zzz'];
const results = (engine: ReturnType<typeof createEngine>) =>
  QUERIES.map((q) => engine.search(q, { k: 5, now: TEST_NOW }).hits.map((h) => [h.id, h.score.toFixed(6)]));

/** A job edit: another title/occupation/place/pay from the fixtures, same id. */
const edit = (doc: MatchDoc, from: MatchDoc): MatchDoc => ({ ...from, id: doc.id });

describe('incremental updates', () => {
  it('add, change and delete give the same results as a fresh build', () => {
    const engine = createEngine(JOBS.slice(0, 6));
    engine.applyChanges({ put: JOBS.slice(6) });
    engine.applyChanges({ put: [edit(JOBS[0], JOBS[6])], remove: [JOBS[1].id] });
    const expected = [edit(JOBS[0], JOBS[6]), ...JOBS.slice(2)];
    expect(results(engine)).toEqual(results(createEngine(expected)));
    expect(engine.stats().jobs).toBe(expected.length);
  });

  it('an id repeated in the first bulk load is searchable twice until the next change, then its last job stays', () => {
    const first = JOBS[0];
    const last = edit(JOBS[0], JOBS[6]);
    const engine = createEngine([first, JOBS[1], last]);
    const found = (title: string) => engine.search(title, { now: TEST_NOW }).hits.some((h) => h.id === first.id);
    expect([found(first.title), found(last.title), engine.stats().jobs]).toEqual([true, true, 3]);
    engine.applyChanges({ put: [JOBS[2]] });
    expect(results(engine)).toEqual(results(createEngine([JOBS[1], last, JOBS[2]])));
    expect(engine.stats().jobs).toBe(3);
  });

  it('holds for any sequence of puts and removes (property)', () => {
    const op = fc.oneof(
      fc.record({ put: fc.nat(JOBS.length - 1), as: fc.nat(JOBS.length - 1) }),
      fc.record({ remove: fc.nat(JOBS.length - 1) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const engine = createEngine();
        const live = new Map<string, MatchDoc>();
        for (const o of ops) {
          if ('remove' in o) {
            engine.applyChanges({ remove: [JOBS[o.remove].id] });
            live.delete(JOBS[o.remove].id);
          } else {
            const doc = edit(JOBS[o.put], JOBS[o.as]);
            engine.applyChanges({ put: [doc] });
            live.set(doc.id, doc);
          }
        }
        expect(results(engine)).toEqual(results(createEngine([...live.values()])));
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
