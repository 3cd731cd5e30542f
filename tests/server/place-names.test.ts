/**
 * No place name says its kind twice (水磨村村, 总寨镇镇, 凯旋街道街道): the region tables, the
 * village words people read (`villageWord`), and every word the demo data puts on a record.
 */
import { describe, expect, it } from 'vitest';
import { allRegions, villageWord } from '../../src/core/regions';
import { demoRecords } from '../../server/demo/seed';

const KINDS = '(村|镇|乡|街道|社区|嘎查|苏木)';
/** Words with a kind twice in a row anywhere, or (official names: 水磨村村委会 is right) at their end. */
const doubled = (words: (string | undefined)[], where = new RegExp(`${KINDS}\\1`)) =>
  words.filter((w): w is string => !!w && where.test(w));
const AT_END = new RegExp(`${KINDS}\\1$`);

describe('place names', () => {
  it('villageWord keeps one 村 for a village whose name ends in 村', () => {
    expect(villageWord('水磨村村委会')).toBe('水磨村');
    expect(villageWord('王斌堡村委会')).toBe('王斌堡村');
    expect(villageWord('津塘村社区居委会')).toBe('津塘村社区');
    expect(villageWord('淖尔图浩来嘎查')).toBe('淖尔图浩来嘎查');
  });

  it('no region, and no village as people say it, ends with its kind twice', () => {
    const regions = allRegions();
    expect(regions.length).toBeGreaterThan(900);
    expect(
      doubled(
        regions.map((r) => r.name),
        AT_END,
      ),
    ).toEqual([]);
    expect(doubled(regions.map((r) => villageWord(r.name)))).toEqual([]);
  });

  it('nor any place the demo data writes: job places and descriptions, people’s villages, stations', () => {
    const { writes } = demoRecords({ jobs: 2000, seekers: 400, stationsPerCounty: 6 }, 1_790_000_000_000);
    const words = writes.flatMap(({ record }) => {
      const r = record as unknown as Record<string, string | undefined>;
      return [r.place, r.description, r.village, r.name, r.address];
    });
    expect(words.length).toBeGreaterThan(2000);
    expect(doubled(words)).toEqual([]);
  });
});
