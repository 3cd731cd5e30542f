/**
 * Issue 14: search that never misfires. Literal evidence outranks guesses, a guess has to be
 * good to be presented as an answer and says how it read the query, and when nothing is close
 * the engine says so ("没找到…，你是不是要找…") instead of listing ten confident wrong jobs.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../workers/match/engine';
import { Gazetteer } from '../../../workers/match/places';
import { parseQuery } from '../../../workers/match/query';
import { en } from '../../../src/i18n/en';
import { zh } from '../../../src/i18n/zh';
import type { ReadingHow, SearchResult } from '../../../workers/match/types';
import { dictionaryJobs, TEST_NOW } from './fixtures';

const jobs = dictionaryJobs();
const engine = createEngine(jobs);
const search = (text: string, docs = engine): SearchResult => docs.search(text, { k: 10, now: TEST_NOW });
const codeOf = (id: string) => id.replace(/-\d+$/, '');
const codes = (r: SearchResult) => r.hits.map((h) => codeOf(h.id));
const gazetteer = new Gazetteer();
const placeNames = (text: string) => parseQuery(text, gazetteer).places.map((id) => gazetteer.names[id]);
/** Answers the engine stands behind: none when it only offers a "did you mean". */
const answers = (r: SearchResult) => (r.didYouMean ? [] : codes(r));
/** The search box's words (src/i18n), filled in as the UI's `t` fills them. */
const words = (catalog: Record<string, string>, key: string, params: Record<string, string>) =>
  catalog[key].replace(/\{(\w+)\}/g, (_, name: string) => params[name]);

describe('the examples of issue 14', () => {
  it.each([
    ['搬家工', ['mover']],
    ['汽修', ['auto_mechanic']],
    ['修电动车', ['auto_mechanic']],
    ['环卫工', ['street_sweeper']],
    ['搬砖', ['laborer', 'bricklayer']],
    ['开滴滴', ['driver']],
  ])('%s finds only %j, as answers', (text, expected) => {
    const r = search(text);
    expect(answers(r).length).toBeGreaterThan(0);
    expect(codes(r).every((c) => expected.includes(c))).toBe(true);
  });

  it('B2司机 is a truck driver: a B2 licence is for trucks', () => {
    const r = search('B2司机');
    expect(answers(r).slice(0, 3)).toEqual(['truck_driver', 'truck_driver', 'truck_driver']);
  });

  it.each(['滇红', 'dianhong'])('%s (a tea) is not read as 电工: it offers 电工 as a guess', (text) => {
    const r = search(text);
    expect(answers(r)).toEqual([]);
    expect(r.didYouMean).toMatchObject({ code: 'electrician', name: '电工' });
    expect(words(zh, 'search.didYouMean', { query: text, name: r.didYouMean!.name })).toBe(
      `没找到“${text}”。你是不是要找“电工”？`,
    );
  });

  it('滇红 in a job title is literal evidence and wins over any sound-alike', () => {
    const tea = {
      ...jobs[0],
      id: 'dianhong-tea',
      title: '滇红茶厂采茶工',
      occupation: '采茶工',
      occupationCode: 'tea_picker',
    };
    const r = search('滇红', createEngine([...jobs, tea]));
    expect(r.hits[0].id).toBe('dianhong-tea');
    expect(r.didYouMean).toBeUndefined();
  });
});

describe('compounds and licence words', () => {
  it.each([
    ['跑货运', 'truck_driver'],
    ['拉货', 'truck_driver'],
    ['装车', 'loader'],
    ['带娃', 'childcare'],
    ['跑外卖', 'delivery_rider'],
    ['跑滴滴', 'driver'],
    ['A1驾照', 'driver'],
    ['A2', 'truck_driver'],
    ['有B2驾照', 'truck_driver'],
    ['C1', 'driver'],
    ['叉车证', 'forklift_driver'],
    ['焊工证', 'welder'],
  ])('%s → %s', (text, code) => {
    expect(answers(search(text))[0]).toBe(code);
  });
});

describe('guesses beat a threshold and explain themselves', () => {
  it.each([
    ['保结', 'sound', '保洁'],
    ['baojie', 'pinyin', '保洁'],
    ['bjy', 'initials', '保洁员'],
    ['电杆工', 'keypad', '电焊工'],
  ] as const)('%s is read (%s) as %s', (text, how, as) => {
    const r = search(text);
    expect(r.reading).toMatchObject({ how, typed: text, as });
    expect(r.didYouMean).toBeUndefined();
    expect(answers(r).length).toBeGreaterThan(0);
  });

  it('words the reading in both languages', () => {
    const hows: ReadingHow[] = ['pinyin', 'initials', 'typo', 'sound', 'keypad'];
    for (const how of hows) expect([zh, en].every((c) => `search.read.${how}` in c)).toBe(true);
    expect(words(zh, 'search.read.pinyin', { typed: 'dianhong', as: '电工' })).toBe('按拼音 dianhong 理解为“电工”');
    expect(words(en, 'search.read.keypad', { typed: '电杆工', as: '电焊工' })).toBe(
      'read “电杆工” as “电焊工” (9-key typing)',
    );
  });

  it('reads a word typed half in pinyin as one word', () => {
    expect(answers(search('叉che司机'))[0]).toBe('forklift_driver');
    expect(answers(search('电han工'))[0]).toBe('welder');
    expect(answers(search('bao 安'))[0]).toBe('security_guard');
  });

  it('a guess that accounts for the whole query beats literal words that account for a part', () => {
    expect(answers(search('挖掘鸡司机'))[0]).toBe('excavator_operator');
  });

  it('reads past the words of a spoken request', () => {
    expect(answers(search('帮我找个保安的活吧'))[0]).toBe('security_guard');
    expect(answers(search('附近有保洁吗'))[0]).toBe('cleaner');
    expect(answers(search('我是做电焊的'))[0]).toBe('welder');
    expect(parseQuery('网吧', gazetteer).han).toEqual(['网吧']);
    expect(parseQuery('银行', gazetteer).han).toEqual(['银行']);
  });

  it('offers a word missing a character as a guess, not as an answer', () => {
    const r = search('挖掘司机');
    expect(r.didYouMean).toMatchObject({ code: 'excavator_operator' });
    expect(codes(r)[0]).toBe('excavator_operator');
  });

  it('reads dictionary words only the way they are said (羊 in 放羊 is not xiang)', () => {
    expect(codes(search('想工'))).not.toContain('shepherd');
  });

  it('a literal word is not explained as a reading', () => {
    expect(search('保洁').reading).toBeUndefined();
  });
});

describe('when nothing is close', () => {
  it.each(['月饼', '会计', '程序员', '护士', '保险', '点外卖', '快递查询', '驾校报名'])(
    '%s gets no answers, only perhaps a guess',
    (text) => {
      expect(answers(search(text))).toEqual([]);
    },
  );

  it('says how many jobs answer, and nothing for a word no job has', () => {
    expect(search('保洁').total).toBe(3);
    expect(search('程序员')).toMatchObject({ hits: [], total: 0 });
  });

  it('still ranks by place and pay terms when the query names no occupation', () => {
    const r = search('总寨 日结');
    expect(r.hits.length).toBe(10);
    expect(r.didYouMean).toBeUndefined();
  });
});

describe('place words that look like job words', () => {
  it('reads a street named 采荷 as a place and 保姆 as the job', () => {
    const r = search('采荷 保姆');
    expect(answers(r)[0]).toBe('nanny');
  });

  it('reads 农场 in 农场干活 as farm work, though a village is called 农场村', () => {
    expect(answers(search('农场干活'))[0]).toBe('farmhand');
    expect(placeNames('农场村 放羊')).toEqual(['农场村委会']);
  });
});
