/**
 * Issue 14, fifth round: a stranger's words reach the engine through mechanisms, not through
 * words added one by one: a work verb read with its object in either order and apart, a verb
 * of one trade with an object the dictionary lacks, … Each reading here failed on the engine
 * before the change that made it pass; the cases saying what a reading must not do are its limits.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../workers/match/engine';
import { Gazetteer } from '../../../workers/match/places';
import { parseQuery } from '../../../workers/match/query';
import type { SearchResult } from '../../../workers/match/types';
import { dictionaryJobs, TEST_NOW } from './fixtures';

const engine = createEngine(dictionaryJobs());
const search = (text: string): SearchResult => engine.search(text, { k: 10, now: TEST_NOW });
const codeOf = (id: string) => id.replace(/-\d+$/, '');
const first = (r: SearchResult) => (r.hits[0] ? codeOf(r.hits[0].id) : undefined);
const answers = (r: SearchResult) => (r.didYouMean ? [] : r.hits.map((h) => codeOf(h.id)));
const gazetteer = new Gazetteer();
const placeNames = (text: string) => parseQuery(text, gazetteer).places.map((id) => gazetteer.names[id]);

describe('a work verb and its object, in either order and apart', () => {
  it.each([
    ['高楼外墙玻璃擦', 'window_cleaner'],
    ['苹果熟了 找人摘', 'fruit_picker'],
    ['猪杀 牛宰 都会', 'butcher'],
    ['墙皮掉了找人抹', 'plasterer'],
    ['娃娃看护', 'childcare'],
  ])('%s names the trade of the word its verb and object make', (text, code) => {
    expect(answers(search(text))[0]).toBe(code);
  });

  it('a reading of words far apart in a long request is offered, not answered', () => {
    const r = search('货到了要卸 找几个人');
    expect(r.didYouMean?.code).toBe('loader');
    expect(first(r)).toBe('loader');
  });

  it('a verb or an object inside a longer word as typed is that word: 开 … 车 of 叉车 is no 开车', () => {
    expect(first(search('识揸叉车'))).toBe('forklift_driver');
    expect(search('我想找个开插车的活').reading?.as).toBe('开叉车');
  });

  it('an object takes its trade only from a verb akin to its own: 卖货 is no 卸货', () => {
    expect(first(search('站柜台卖货'))).not.toBe('loader');
  });

  it('…so a place of work before a verb is no object of it: 大棚里摘黄瓜 is no 种大棚 answered', () => {
    expect(search('大棚里摘黄瓜').didYouMean?.code).toBe('greenhouse_worker');
  });

  it('a guess from words apart does not outdo words as typed too few to answer (手工活 … 顾着娃)', () => {
    expect(first(search('在家做点手工活 能顾着娃的'))).toBe('handicraft');
  });
});

describe('a verb of one trade with an object the dictionary lacks', () => {
  it.each([
    ['焊钢管', 'welder'],
    ['缝被子', 'sewing_worker'],
    ['卸化肥', 'loader'],
  ])('%s is offered as that trade', (text, code) => {
    const r = search(text);
    expect(r.didYouMean?.code).toBe(code);
    expect(first(r)).toBe(code);
  });

  it('a thing named after the verb (焊锡膏) gets no confident answer', () => {
    expect(answers(search('焊锡膏'))).toEqual([]);
  });
});

describe('words for the person typed apart from the work', () => {
  it('学徒 of 汽秀 学徒 is no 电工学徒: the work is 汽修 misheard', () => {
    const r = search('汽秀 学徒');
    expect(r.reading?.as).toBe('汽修');
    expect(answers(r)[0]).toBe('auto_mechanic');
  });

  it('师傅 of 水管漏水 找师傅 names no trade (厨师傅, a title with 师傅)', () => {
    expect(first(search('水管漏水 找师傅'))).toBe('plumber');
  });
});

describe('a piece rate asked', () => {
  it('茶叶采 一斤多少钱 asks what picking pays by the jin, not the price of tea', () => {
    expect(parseQuery('茶叶采 一斤多少钱', gazetteer).notWork).toBe(false);
    expect(answers(search('茶叶采 一斤多少钱'))[0]).toBe('tea_picker');
  });
});

describe('a sub-district office named after its town', () => {
  it.each([
    ['大沁他拉 饭店', ['大沁他拉镇']],
    ['大沁他拉街道 保洁', ['大沁他拉街道办事处']],
  ])('%s names %j', (text, places) => {
    expect(placeNames(text)).toEqual(places);
  });
});
