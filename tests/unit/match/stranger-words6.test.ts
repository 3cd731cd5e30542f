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
