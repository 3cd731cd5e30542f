/**
 * Issue 14, sixth round: more of a stranger's words reach the engine through mechanisms (pay
 * and period phrases parsed whole, dialect verbs and worker words after any trade stem, …).
 * Each case here failed on the engine before the change that made it pass; the cases saying
 * what a reading must not do are its limits.
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
const answers = (r: SearchResult) => (r.didYouMean ? [] : r.hits.map((h) => codeOf(h.id)));
const gazetteer = new Gazetteer();
const parse = (text: string) => parseQuery(text, gazetteer);

describe('pay and period phrases, read whole', () => {
  it.each([
    ['一天给两百', 200, 'day'],
    ['日工资200', 200, 'day'],
    ['一天能挣300', 300, 'day'],
    ['月入五千', 5000, 'month'],
    ['一个月能拿五千', 5000, 'month'],
  ])('%s is a wage and leaves no word behind', (text, amount, unit) => {
    const q = parse(text);
    expect(q.wage).toEqual({ amount, unit });
    expect(q.han).toEqual([]);
  });

  it('a range asks for its lower end, its words consumed: 四千到五千一个月', () => {
    const q = parse('四千到五千一个月');
    expect(q.wage).toEqual({ amount: 4000, unit: 'month' });
    expect(q.han).toEqual([]);
  });

  it('a digit before a period word begins it: 两百一天 is 200 a day, 两百五 still 250', () => {
    expect(parse('两百一天的小工').wage).toEqual({ amount: 200, unit: 'day' });
    expect(parse('小工一天两百五').wage).toEqual({ amount: 250, unit: 'day' });
  });

  it.each(['当天结', '干一天结一天'])('%s is daily pay, nothing left to misread as a trade', (text) => {
    const q = parse(text);
    expect(q.payPeriod).toBe('daily');
    expect(q.han).toEqual([]);
    expect(search(text).didYouMean).toBeUndefined();
  });

  it('多少钱一斤 after picking asks what the work pays by the jin', () => {
    expect(parse('摘茶叶多少钱一斤').notWork).toBe(false);
    expect(answers(search('摘茶叶多少钱一斤'))[0]).toBe('tea_picker');
  });
});

describe('dialect characters and worker words after any trade stem', () => {
  it.each([
    ['劏鸡佬', 'butcher'],
    ['搵份保安嘅工', 'security_guard'],
  ])('%s: Cantonese characters read as their Mandarin', (text, code) => {
    expect(answers(search(text))[0]).toBe(code);
  });

  it('睇 is kept: the dictionary has its words (睇场)', () => {
    expect(answers(search('睇场'))[0]).toBe('security_guard');
  });

  it.each([
    ['修车把式', 'auto_mechanic'],
    ['护工大姐', 'caregiver'],
  ])('%s: a worker word after a trade read as the trade itself', (text, code) => {
    expect(answers(search(text))[0]).toBe(code);
  });
});

describe('an age, a meal count and a piece rate', () => {
  it('an age is no wage: 门卫 60岁能干 2500 asks 2,500 a month', () => {
    const q = parse('门卫 60岁能干 2500');
    expect(q.wage).toEqual({ amount: 2500, unit: 'month' });
    expect(q.han).toEqual(['门卫']);
  });

  it('管两顿饭 is meals', () => {
    expect(parse('洗碗工 管两顿饭').perks).toEqual(['meals']);
  });

  it('a piece rate with goods alone is a buyer asking (水泥多少钱一吨), with work named a pay question', () => {
    expect(parse('水泥多少钱一吨').notWork).toBe(true);
    expect(parse('摘茶叶多少钱一斤').notWork).toBe(false);
  });
});

describe('a household’s chores named together', () => {
  it.each(['洗衣服做饭', '做饭打扫家里', '帮人家烧饭汏衣裳'])('%s is a nanny’s work, not a cook’s', (text) => {
    expect(search(text).hits.map((h) => codeOf(h.id))[0]).toBe('nanny');
  });

  it('one chore alone stays its trade: 做饭 a cook, 打扫 a cleaner', () => {
    expect(answers(search('做饭'))[0]).toBe('cook');
    expect(answers(search('打扫'))[0]).toBe('cleaner');
  });
});

describe('a place of work said before the work', () => {
  const top = (text: string) => search(text).hits.map((h) => codeOf(h.id))[0];
  it.each([
    ['医院故宫', 'caregiver'],
    ['饭店吸烟工', 'dishwasher'],
  ])('%s: the slip after the place of work is read alone', (text, code) => {
    expect(top(text)).toBe(code);
  });

  it('…only when the words as typed answer less: 猪场喂猪打扫 stays the pig farm’s work', () => {
    expect(top('猪场喂猪打扫')).not.toBe('cleaner');
  });
});

describe('a reading sharing only some of a word’s units', () => {
  it('brings no jobs at the weak bar: 地里草拔一拔 is no 坝坝宴', () => {
    expect(search('地里草拔一拔').hits.map((h) => codeOf(h.id))).not.toContain('event_staff');
  });
});

describe('a bare "do" before the work', () => {
  it('做泥水师傅 is a bricklayer: the worker word after 做 is read alone', () => {
    expect(search('做泥水师傅').hits.map((h) => codeOf(h.id))[0]).toBe('bricklayer');
  });

  it('a word beginning with 做 stays that word: 做饭 is a cook', () => {
    expect(answers(search('做饭'))[0]).toBe('cook');
  });
});

describe('words around the work', () => {
  it('a worker word beside letters is dropped: baojei 阿姨 is 保洁 slipped, not 阿姨 read as a trade', () => {
    expect(search('baojei 阿姨').hits.map((h) => codeOf(h.id))[0]).toBe('cleaner');
  });

  it('都会 and 都能弄 after the work say what one can do: 水电都会 电线水管都能弄', () => {
    expect(parse('水电都会 电线水管都能弄').han).toEqual(['水电', '电线水管']);
  });

  it('stocks and loans are not work: 美团股票', () => {
    expect(parse('美团股票').notWork).toBe(true);
  });
});

describe('traditional characters', () => {
  it.each([
    ['電工', 'electrician'],
    ['搬運工', 'mover'],
    ['叉車司機', 'forklift_driver'],
  ])('%s is read by its sound, as its simplified form', (text, code) => {
    expect(answers(search(text))[0]).toBe(code);
  });
});

describe('verbs of a trade as regions say them', () => {
  it.each([
    ['畜猪', 'livestock_breeder'],
    ['茶山掐茶', 'tea_picker'],
    ['货仓执货', 'sorter'],
    ['侍弄庄稼的活', 'farmhand'],
  ])('%s reads its verb as the Mandarin one where that makes a word', (text, code) => {
    expect(answers(search(text))[0]).toBe(code);
  });

  it('a word the verb begins as typed stays that word: 掌勺 is a cook', () => {
    expect(answers(search('掌勺'))[0]).toBe('cook');
  });
});

describe('a craftsman word after a one-character trade', () => {
  it.each([
    ['焊把式', 'welder'],
    ['木把式', 'carpenter'],
  ])('%s is the trade’s worker', (text, code) => {
    expect(answers(search(text))[0]).toBe(code);
  });

  it('not any worker word: 羊仔 is a lamb, no answer', () => {
    expect(answers(search('羊仔'))).toEqual([]);
  });
});

describe('a trouble at home said instead of the trade', () => {
  it.each([
    ['楼顶漏雨了', 'waterproofer'],
    ['家里灯不亮 电线老化要换', 'electrician'],
    ['水管漏水', 'plumber'],
  ])('%s offers the trade that mends it, never answers', (text, code) => {
    const r = search(text);
    expect(r.didYouMean?.code).toBe(code);
    expect(answers(r)).toEqual([]);
  });
});

describe('answers beside the chosen reading', () => {
  const top = (text: string) => search(text).hits.map((h) => codeOf(h.id))[0];
  it('a trade covering clearly less of the query does not rank above it: 保洁做饭都行 is a nanny’s, not a cook’s', () => {
    expect(top('五十多岁女的能干啥 保洁做饭都行')).toBe('nanny');
  });

  it('办酒席帮忙端菜 stays event staff though 端菜 is a waiter’s word', () => {
    expect(top('办酒席帮忙端菜')).toBe('event_staff');
    expect(top('饭店要人端菜')).toBe('waiter');
  });
});

describe('words of one trade read together', () => {
  it('直播 and 卖东西 together are a livestream host’s work; 卖东西 alone a salesperson’s', () => {
    expect(search('想干直播卖东西').hits.map((h) => codeOf(h.id))[0]).toBe('livestream_host');
    expect(answers(search('卖东西'))[0]).toBe('salesperson');
  });

  it('停车场, 看车 and 收钱 together are a parking attendant’s work; 收钱 alone a cashier’s', () => {
    expect(search('停车场收钱看车').hits.map((h) => codeOf(h.id))[0]).toBe('parking_attendant');
    expect(answers(search('收钱'))[0]).toBe('cashier');
  });

  it('电动车 and 送饭 together are a delivery rider’s work, not a courier’s', () => {
    expect(search('骑电动车送饭').hits.map((h) => codeOf(h.id))[0]).toBe('delivery_rider');
  });

  it('散活 is odd jobs, like 散工', () => {
    expect(answers(search('寻个散活干'))[0]).toBe('laborer');
  });
});
