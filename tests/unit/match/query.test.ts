import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../workers/match/places';
import { parseQuery } from '../../../workers/match/query';
import { segmentPinyin } from '../../../workers/match/pinyin';
import { classifyOccupation, scoreOccupations } from '../../../workers/match/concepts';
import { decide } from '../../../workers/match/evidence';

const gazetteer = new Gazetteer();
const topOccupation = (text: string) => {
  return decide(scoreOccupations(parseQuery(text, gazetteer).probes))?.[0];
};
const placeNames = (text: string) => parseQuery(text, gazetteer).places.map((id) => gazetteer.names[id]);

describe('query understanding', () => {
  it.each([
    ['characters', '保洁员', 'cleaner'],
    ['colloquial phrase', '洗盘子', 'dishwasher'],
    ['colloquial phrase', '看大门', 'doorman'],
    ['colloquial phrase', '带娃', 'childcare'],
    ['colloquial phrase not in the dictionary', '刷碟子', 'dishwasher'],
    ['filler words', '我想找个保洁的活', 'cleaner'],
    ['full pinyin', 'baojieyuan', 'cleaner'],
    ['spaced pinyin', 'bao jie yuan', 'cleaner'],
    ['pinyin letter typo', 'baojeiyuan', 'cleaner'],
    ['pinyin letter typo', 'bamgchu', 'kitchen_helper'],
    ['flat-tongue pinyin (z for zh)', 'zong dian gong', 'cleaner'],
    ['initials', 'bjy', 'cleaner'],
    ['same-sound wrong character', '保结', 'cleaner'],
    ['same-sound wrong character', '佃焊工', 'welder'],
    ['English', 'cook', 'cook'],
    ['English, plural', 'cleaners', 'cleaner'],
    ['English phrase', 'security guard', 'security_guard'],
  ])('%s: %s → %s', (_kind, text, code) => {
    expect(topOccupation(text)).toBe(code);
  });

  it('splits syllables, preferring fewer and longer ones', () => {
    expect(segmentPinyin('baojieyuan')).toEqual(['bao', 'jie', 'yuan']);
    expect(segmentPinyin('xian')).toEqual(['xian']);
    expect(segmentPinyin('bjy')).toBeUndefined();
  });

  it('finds places at any level, in characters or pinyin, and leaves the occupation', () => {
    expect(placeNames('总寨 保洁')).toEqual(['总寨镇']);
    expect(parseQuery('总寨保洁', gazetteer).han).toEqual(['保洁']);
    expect(placeNames('naiman 放羊')).toEqual(['奈曼旗']);
    expect(placeNames('青海 保安')).toEqual(['青海省']);
    expect(placeNames('高新区 电工')).toEqual(['郑州高新技术产业开发区']);
  });

  it('does not read occupations as places', () => {
    expect(placeNames('fang yang gong')).toEqual([]);
    expect(placeNames('保安')).toEqual([]);
  });

  it('reads pay terms and numbers as filters, not as noise', () => {
    const q = parseQuery('小工 日结 包吃住 200一天', gazetteer);
    expect(q.payPeriod).toBe('daily');
    expect(q.perks.sort()).toEqual(['lodging', 'meals']);
    expect(q.wage).toEqual({ amount: 200, unit: 'day' });
    expect(q.han).toEqual(['小工']);
    expect(parseQuery('月薪五千 保安', gazetteer).wage).toEqual({ amount: 5000, unit: 'month' });
    expect(parseQuery('日薪两百五', gazetteer).wage).toEqual({ amount: 250, unit: 'day' });
    expect(parseQuery('3000以上', gazetteer).wage).toEqual({ amount: 3000, unit: 'month' });
    expect(parseQuery('快递 月入过万', gazetteer).wage).toEqual({ amount: 10000, unit: 'month' });
    expect(parseQuery('小工 干完就结', gazetteer).payPeriod).toBe('daily');
  });

  it('reads perks however they are written, and not when refused', () => {
    expect(parseQuery('保安 吃住全包', gazetteer).perks.sort()).toEqual(['lodging', 'meals']);
    expect(parseQuery('服务员 提供宿舍', gazetteer).perks).toEqual(['lodging']);
    expect(parseQuery('厨师 不包住', gazetteer)).toMatchObject({ perks: [], han: ['厨师'] });
  });

  it('maps employer wordings to dictionary occupations by their head noun', () => {
    expect(classifyOccupation('家政保洁员')).toBe('cleaner');
    expect(classifyOccupation('服装车工')).toBe('sewing_worker');
    expect(classifyOccupation('绿化养护工')).toBe('gardener');
    expect(classifyOccupation('茶艺师')).toBeUndefined();
  });
});
