/**
 * Issue 14, fourth round: the kinds a stranger's queries still beat the engine on — places
 * inside places and places typed as people say them, voice-input errors, dialect words and
 * licences — each behaviour tested through the engine as the search box runs it.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../workers/match/engine';
import { Gazetteer } from '../../../workers/match/places';
import { parseQuery } from '../../../workers/match/query';
import type { MatchDoc, SearchResult } from '../../../workers/match/types';
import { dictionaryJobs, TEST_NOW } from './fixtures';

const jobs = dictionaryJobs();
const engine = createEngine(jobs);
const search = (text: string, docs = engine): SearchResult => docs.search(text, { k: 10, now: TEST_NOW });
const codeOf = (id: string) => id.replace(/-\d+$/, '');
const answers = (r: SearchResult) => (r.didYouMean ? [] : r.hits.map((h) => codeOf(h.id)));
const gazetteer = new Gazetteer();
const placeNames = (text: string) => parseQuery(text, gazetteer).places.map((id) => gazetteer.names[id]);

const naiman = { province: '内蒙古自治区', city: '通辽市', county: '奈曼旗' };
const farmhand = jobs.find((j) => j.occupationCode === 'farmhand')!;
const at = (id: string, place: MatchDoc['place']): MatchDoc => ({ ...farmhand, id, place });

describe('places inside places', () => {
  // Two villages of 治安镇 and one of 义隆永镇 whose name 义隆永 is also the town's.
  const engine = createEngine([
    at('town', { ...naiman, town: '治安镇' }),
    at('village', { ...naiman, town: '治安镇', village: '保乐村委会' }),
    at('elsewhere', { ...naiman, town: '东明镇', village: '保乐村委会' }),
    at('the-farm-village', { ...naiman, town: '义隆永镇', village: '农场村委会' }),
    at('a-town-village', { ...naiman, town: '义隆永镇', village: '义隆永村委会' }),
  ]);

  it('ranks jobs in the village of the town named before the town and namesakes elsewhere', () => {
    const ids = search('治安镇 保乐村 种地', engine).hits.map((h) => h.id);
    expect(ids[0]).toBe('village');
  });

  it('a name that is both a town and its village does not outweigh a village named beside it', () => {
    const ids = search('义隆永农场村种地', engine).hits.map((h) => h.id);
    expect(ids[0]).toBe('the-farm-village');
  });
});

describe('places as people type them', () => {
  it.each([
    ['铁厂街道 保安', '天津铁厂街道'],
    ['六号农场 开拖拉机', '国有六号农场'],
    ['育林社区 保洁', '育林社区居委会'],
  ])('%s names %s', (text, place) => {
    expect(placeNames(text)).toEqual([place]);
  });

  it.each([
    ['内蒙 放羊', ['内蒙古自治区']],
    ['xi ning 保姆', ['西宁市']],
    ['nai man fang yang', ['奈曼旗']],
  ])('%s names %j', (text, places) => {
    expect(placeNames(text)).toEqual(places);
  });

  it('joins spaced syllables into a place only where the words begin, not into a village', () => {
    expect(placeNames('fang yang nai man')).toEqual([]);
    expect(placeNames('xi wang gong')).toEqual([]);
    expect(answers(search('xi wang gong'))[0]).toBe('dishwasher');
  });

  it('keeps a word that is a job word once the city name is gone (铁厂 alone is an ironworks)', () => {
    expect(placeNames('铁厂 普工')).toEqual([]);
  });
});

describe('literal words and a sound reading of the same trade', () => {
  it('搬家功 is 搬家工 (功 for 工), not 保洁工 by the keypad', () => {
    expect(answers(search('搬家功'))[0]).toBe('mover');
  });
});

describe('licences as people name them', () => {
  it.each([
    ['N1证', ['forklift_driver']],
    ['A照', ['driver', 'truck_driver']],
    ['B本', ['driver', 'truck_driver']],
  ])('%s finds %j', (text, expected) => {
    const found = answers(search(text));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => expected.includes(c))).toBe(true);
  });

  it('reads the letter of a licence only before 照 or 本 (a place or word keeps its letters)', () => {
    expect(parseQuery('a照', gazetteer).probes.map((p) => p.licence)).toEqual(['A1', 'A2', 'A3']);
    expect(parseQuery('ab', gazetteer).probes.some((p) => p.licence)).toBe(false);
  });
});

describe('words of the regions', () => {
  it.each([
    ['撵羊的活', 'shepherd'],
    ['盘炕', 'bricklayer'],
    ['电佬', 'electrician'],
    ['睇更', 'doorman'],
    ['水案', 'kitchen_helper'],
    ['务庄稼', 'farmhand'],
    ['车把式', 'driver'],
    ['通马桶', 'plumber'],
    ['打地坪', 'concrete_worker'],
    ['睇铺', 'salesperson'],
    ['送水工', 'courier'],
    ['车缝', 'sewing_worker'],
  ])('%s → %s', (text, code) => {
    expect(answers(search(text))[0]).toBe(code);
  });

  it('someone hailing a ride is not looking for work', () => {
    expect(answers(search('滴滴打车'))).toEqual([]);
  });

  it('擦车司机 stays a forklift driver misheard, not a car washer', () => {
    expect(answers(search('擦车司机'))[0]).toBe('forklift_driver');
  });
});

describe('spoken requests', () => {
  it.each([
    ['我想找个开插车的活', '开插车'],
    ['帮我找一下收音员的工作', '收音员'],
    ['我想找份服务园工作', '服务园'],
    ['有没有招电汗工的', '电汗工'],
  ])('%s explains its reading with the word alone (%s), not the words around it', (text, typed) => {
    expect(search(text).reading?.typed).toBe(typed);
  });

  it.each([
    ['我想当保安', 'security_guard'],
    ['在工地上班', 'laborer'],
  ])('%s → %s', (text, code) => {
    expect(answers(search(text))[0]).toBe(code);
  });

  it('never cuts a dictionary word (厂里上班, 在家做手工)', () => {
    expect(parseQuery('厂里上班', gazetteer).han).toEqual(['厂里上班']);
    expect(parseQuery('在家做手工', gazetteer).han).toEqual(['在家做手工']);
  });
});

describe('another word for the worker after the same stem', () => {
  it.each([
    ['泥水师傅', 'bricklayer'],
    ['泥瓦佬', 'bricklayer'],
    ['油漆师', 'painter'],
    ['水电师', 'plumber'],
  ])('%s names the trade of its stem, as an answer: %s', (text, code) => {
    const r = search(text);
    expect(answers(r)[0]).toBe(code);
    expect(r.reading).toBeUndefined();
  });

  it('not after a stem of one character (羊仔 is a lamb, not 羊工)', () => {
    expect(parseQuery('羊仔', gazetteer).probes.map((p) => p.phrase?.text)).toEqual(['羊仔']);
  });
});
