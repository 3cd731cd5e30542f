/** The print pack's choices: which jobs go up, one batch per board, and which sheets to take down. */
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core/ids';
import type { BoardPrint, Job } from '../../../src/core/records';
import {
  batchesByBoard,
  boardOf,
  packJobs,
  placeChoices,
  staleSheets,
  WEEK_MS,
  WHOLE_COUNTY,
} from '../../../src/features/printpack/pack';
import { serverJob } from '../../fixtures/records';

const NOW = 1_800_000_000_000;
const WANGBINPU = '630103100200'; // 王斌堡村委会, 总寨镇
const ZHANGJIAZHUANG = '630103100201'; // 张家庄村委会, 总寨镇
const ZONGZHAI = '630103100'; // 总寨镇 itself

const job = (overrides: Partial<Job>) => serverJob({ id: uuidv7(), ...overrides });
const verifiedAt = (at: number): Job['verification'] => ({ state: 'verified', method: 'callback', at });

describe('packJobs', () => {
  const cleaner = job({ regionCode: WANGBINPU, occupationCode: 'cleaner', postedAt: 1 });
  const welder = job({
    regionCode: ZHANGJIAZHUANG,
    occupationCode: 'welder',
    verification: verifiedAt(NOW - WEEK_MS + 1),
  });
  const oldCheck = job({ regionCode: WANGBINPU, verification: verifiedAt(NOW - WEEK_MS - 1), postedAt: 2 });
  const filled = job({ regionCode: WANGBINPU, status: 'filled' });
  const rejected = job({ regionCode: WANGBINPU, verification: { state: 'rejected' } });
  const removed = job({ regionCode: WANGBINPU, deleted: true });
  const all = [cleaner, welder, oldCheck, filled, rejected, removed];

  it('takes open jobs only, never one found false on checking, by place then newest', () => {
    expect(packJobs(all, WHOLE_COUNTY, NOW).map((j) => j.id)).toEqual([oldCheck.id, cleaner.id, welder.id]);
  });

  it('narrows by village or town, occupation, and checked within the last seven days', () => {
    const ids = (query: Partial<typeof WHOLE_COUNTY>) =>
      packJobs(all, { ...WHOLE_COUNTY, ...query }, NOW).map((j) => j.id);
    expect(ids({ place: WANGBINPU })).toEqual([oldCheck.id, cleaner.id]);
    expect(ids({ place: ZONGZHAI })).toHaveLength(3);
    expect(ids({ occupation: 'welder' })).toEqual([welder.id]);
    expect(ids({ verifiedThisWeek: true })).toEqual([welder.id]);
  });
});

describe('batchesByBoard', () => {
  it('makes one batch per village board, and one for the town for jobs placed at town level', () => {
    const a = job({ regionCode: WANGBINPU });
    const b = job({ regionCode: ZHANGJIAZHUANG });
    const c = job({ regionCode: WANGBINPU });
    const town = job({ regionCode: ZONGZHAI });
    const county = job({ regionCode: '630103' });
    const batches = batchesByBoard([a, b, c, town, county]);
    expect(batches.map((batch) => [batch.board, batch.name, batch.town, batch.jobs.length])).toEqual([
      [ZONGZHAI, '总寨镇', '', 1],
      [WANGBINPU, '王斌堡村', '总寨镇', 2],
      [ZHANGJIAZHUANG, '张家庄村', '总寨镇', 1],
    ]);
    expect(batches[1].jobs).toEqual([a, c]);
  });

  it('puts a job on its village’s board, a town-level one on the town’s, nothing above a town', () => {
    expect(boardOf(WANGBINPU)).toBe(WANGBINPU);
    expect(boardOf(ZONGZHAI)).toBe(ZONGZHAI);
    expect(boardOf('630103')).toBeUndefined();
  });

  it('offers the towns and villages that have jobs, villages under their town', () => {
    const choices = placeChoices([job({ regionCode: ZHANGJIAZHUANG }), job({ regionCode: WANGBINPU })]);
    expect(choices.map((c) => c.value)).toEqual([ZONGZHAI, WANGBINPU, ZHANGJIAZHUANG]);
    expect(choices[1].label.trim()).toBe('王斌堡村');
  });
});

describe('staleSheets', () => {
  const print = (regionCode: string, jobIds: string[], printedAt: number): BoardPrint => ({
    id: uuidv7(),
    version: 1,
    updatedAt: printedAt,
    deleted: false,
    stationId: uuidv7(),
    regionCode,
    jobIds,
    printedAt,
  });

  it('lists each closed posting once per board, with its latest print; open and unknown jobs stay', () => {
    const open = job({ regionCode: WANGBINPU });
    const filled = job({ regionCode: WANGBINPU, status: 'filled' });
    const closed = job({ regionCode: ZHANGJIAZHUANG, status: 'closed' });
    const removed = job({ regionCode: WANGBINPU, deleted: true });
    const unknown = uuidv7();
    const prints = [
      print(WANGBINPU, [open.id, filled.id, unknown], 100),
      print(WANGBINPU, [filled.id, removed.id], 300),
      print(ZHANGJIAZHUANG, [closed.id, filled.id], 200),
    ];
    const byId = new Map([open, filled, closed, removed].map((j) => [j.id, j]));
    expect(staleSheets(prints, byId).map((s) => [s.board, s.job.id, s.printedAt])).toEqual([
      [WANGBINPU, filled.id, 300],
      [WANGBINPU, removed.id, 300],
      [ZHANGJIAZHUANG, closed.id, 200],
      [ZHANGJIAZHUANG, filled.id, 200],
    ]);
    const twice = staleSheets(prints, byId)[0];
    expect(twice?.printIds).toEqual([prints[0]?.id, prints[1]?.id]);
  });

  it('drops a sheet once it is marked taken down on that board, and only there', () => {
    const filled = job({ regionCode: WANGBINPU, status: 'filled' });
    const prints = [
      { ...print(WANGBINPU, [filled.id], 100), takenDown: [filled.id] },
      print(ZHANGJIAZHUANG, [filled.id], 200),
    ];
    expect(staleSheets(prints, new Map([[filled.id, filled]])).map((s) => s.board)).toEqual([ZHANGJIAZHUANG]);
  });
});
