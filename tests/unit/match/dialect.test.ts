/**
 * Issue 14, second round: the words of the regions (dialect and trade words, dialect verbs and
 * fillers, 儿 endings), sound slips of the f/hu kind, keypad slips inside half-pinyin words,
 * and queries that ask for nothing or name a thing rather than a job.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../workers/match/engine';
import { Gazetteer } from '../../../workers/match/places';
import { loose } from '../../../workers/match/pinyin';
import { parseQuery } from '../../../workers/match/query';
import type { SearchResult } from '../../../workers/match/types';
import { dictionaryJobs, TEST_NOW } from './fixtures';

const engine = createEngine(dictionaryJobs());
const search = (text: string): SearchResult => engine.search(text, { k: 10, now: TEST_NOW });
const codeOf = (id: string) => id.replace(/-\d+$/, '');
/** Answers the engine stands behind: none when it only offers a "did you mean". */
const answers = (r: SearchResult) => (r.didYouMean ? [] : r.hits.map((h) => codeOf(h.id)));
const gazetteer = new Gazetteer();

describe('dialect and trade words', () => {
  it.each([
    ['力工', 'laborer'],
    ['粗工', 'laborer'],
    ['下苦的', 'laborer'],
    ['扛大个', 'mover'],
    ['搬场', 'mover'],
    ['打更的', 'doorman'],
    ['看更', 'doorman'],
    ['刮大白', 'painter'],
    ['扛活', 'farmhand'],
    ['扒苞米', 'harvester'],
    ['麦客', 'harvester'],
    ['开四轮子', 'tractor_driver'],
    ['扣大棚', 'greenhouse_worker'],
    ['老妈子', 'nanny'],
    ['陪月', 'maternity_nurse'],
    ['凑仔', 'childcare'],
    ['看尕娃', 'childcare'],
    ['土水师', 'bricklayer'],
    ['修庄廓', 'bricklayer'],
    ['斗木佬', 'carpenter'],
    ['掌墨师', 'carpenter'],
    ['搭棚工', 'scaffolder'],
    ['飞发佬', 'hairdresser'],
    ['剃脑壳', 'hairdresser'],
    ['执漏', 'waterproofer'],
    ['堆高机', 'forklift_driver'],
    ['塔司', 'crane_operator'],
    ['倒短', 'truck_driver'],
    ['外送员', 'delivery_rider'],
  ])('%s → %s', (text, code) => {
    expect(answers(search(text))[0]).toBe(code);
  });

  it.each([
    ['揸车', 'driver'],
    ['揸叉车', 'forklift_driver'],
    ['汏碗', 'dishwasher'],
    ['揩玻璃', 'window_cleaner'],
    ['揾工 洗碗', 'dishwasher'],
  ])('reads the Cantonese and Wu verb in %s as Mandarin → %s', (text, code) => {
    expect(answers(search(text))[0]).toBe(code);
  });

  it.each([
    ['阿拉想做钟点', 'cleaner'],
    ['有没得墩子的活路', 'kitchen_helper'],
    ['边度请楼面', 'waiter'],
    ['额想寻个放羊的活', 'shepherd'],
    ['中不中 俺去打小工', 'laborer'],
  ])('reads past the regional words of a request: %s → %s', (text, code) => {
    expect(answers(search(text))[0]).toBe(code);
  });

  it('drops a spoken 儿 ending a word, not the 儿 of 育儿嫂 or 婴儿', () => {
    expect(parseQuery('带娃儿', gazetteer).han).toEqual(['带娃']);
    expect(parseQuery('扛大个儿', gazetteer).han).toEqual(['扛大个']);
    expect(parseQuery('育儿嫂', gazetteer).han).toEqual(['育儿嫂']);
    expect(parseQuery('照顾婴儿', gazetteer).han).toEqual(['照顾婴儿']);
    expect(answers(search('带娃儿'))[0]).toBe('childcare');
  });
});

describe('sound slips', () => {
  it('hears f and hu as one sound, as many dialects say them', () => {
    expect(loose('huan')).toBe(loose('fan'));
    expect(loose('hui')).toBe(loose('fei'));
    expect(loose('fu')).toBe(loose('hu'));
    expect(loose('ha')).not.toBe(loose('fa'));
  });

  it.each([
    ['fan wei', 'street_sweeper'],
    ['mo fei', 'plasterer'],
    ['hu wu yuan', 'waiter'],
  ])('%s → %s, read by pinyin', (text, code) => {
    const r = search(text);
    expect(answers(r)[0]).toBe(code);
    expect(r.reading?.how).toBe('pinyin');
  });

  it('reads a keypad slip in the pinyin of a half-pinyin word (houji司机 is gouji, 钩机司机)', () => {
    const r = search('houji司机');
    expect(answers(r)[0]).toBe('excavator_operator');
    expect(r.reading).toMatchObject({ how: 'keypad', typed: 'houji司机' });
  });
});

describe('queries that ask for nothing listed', () => {
  it.each(['你好', '谢谢', '。。。', '1111'])('%s gets nothing at all', (text) => {
    expect(search(text)).toMatchObject({ hits: [], total: 0 });
  });

  it('a wage with its unit still ranks every job by pay', () => {
    expect(search('3000以上').hits.length).toBe(10);
  });

  it.each([
    ['木工板', 'carpenter'],
    ['保姆车', 'nanny'],
    ['电焊机', 'welder'],
    ['洗碗机', 'dishwasher'],
  ])('%s is a thing, not work: offered as %s, not answered', (text, code) => {
    const r = search(text);
    expect(answers(r)).toEqual([]);
    expect(r.didYouMean?.code).toBe(code);
  });

  it('a machine that is itself a dictionary word names its work', () => {
    expect(answers(search('收割机'))[0]).toBe('tractor_driver');
    expect(answers(search('缝纫机'))[0]).toBe('sewing_worker');
  });

  it('a question about the pay is a worker asking, not a price', () => {
    expect(answers(search('街上发传单一天多少钱'))[0]).toBe('flyer_distributor');
    expect(answers(search('搬砖多少钱一天'))[0]).toBe('laborer');
    expect(answers(search('铁观音多少钱一斤'))).toEqual([]);
  });
});

describe('words for where the work is, and words of customers', () => {
  it.each([
    ['抖音', 'livestream_host'],
    ['京东', 'courier'],
    ['前台', 'cashier'],
  ])('%s names where the work is (the start of a trade name), so it is offered, not answered', (text, code) => {
    const r = search(text);
    expect(answers(r)).toEqual([]);
    expect(r.didYouMean?.code).toBe(code);
  });

  it('a place of work with only a helper after it in a trade name still names that helper', () => {
    expect(answers(search('婚宴'))[0]).toBe('event_staff');
  });

  it.each(['吊车出租', '玩具挖掘机', '装修报价', '工资没发', '取快递'])('%s is not looking for work', (text) => {
    expect(answers(search(text))).toEqual([]);
  });

  it('but a toy factory hires, and a taxi is driven', () => {
    expect(answers(search('玩具厂 普工'))[0]).toBe('assembly_worker');
    expect(answers(search('开出租'))[0]).toBe('driver');
  });

  it('several words of one trade in a long query answer together', () => {
    expect(answers(search('宾馆打扫房间换床单'))[0]).toBe('hotel_housekeeper');
  });
});

describe('a place name at the start of a job word', () => {
  it('leaves 治安 to 治安员 (a guard), though a town is called 治安镇', () => {
    expect(parseQuery('超市治安员', gazetteer).places).toEqual([]);
    expect(answers(search('超市治安员'))[0]).toBe('security_guard');
    expect(parseQuery('治安镇 保安', gazetteer).places.map((id) => gazetteer.names[id])).toContain('治安镇');
  });
});

describe('the head of a phrase', () => {
  it('a trade word ends the phrase; one before it says where (养殖场贴瓷砖 is tiling, at a farm)', () => {
    expect(answers(search('养殖场贴瓷砖'))[0]).toBe('tiler');
    expect(answers(search('养殖场喂猪'))[0]).toBe('livestock_breeder');
  });

  it('a place-of-work word that is only a guess still beats a sound-alike (大棚里摘黄瓜 is not 搭棚)', () => {
    expect(search('大棚里摘黄瓜').didYouMean?.code).toBe('greenhouse_worker');
  });
});
