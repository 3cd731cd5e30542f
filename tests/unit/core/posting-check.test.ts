/**
 * The discrimination check on job postings (src/core/rules.ts): what it catches, what it
 * lets through, and that it names the words it found. The server sets `flags` from it and
 * the post form shows the same findings before saving.
 */
import { describe, expect, it } from 'vitest';
import { postingFindings, postingFlags } from '../../../src/core/rules';

describe('the discrimination check on postings', () => {
  it.each([
    ['女工优先', 'gender'],
    ['限男性', 'gender'],
    ['只招女工', 'gender'],
    ['男士优先', 'gender'],
    ['女的不要', 'gender'],
    ['限未婚', 'gender'],
    ['限汉族', 'ethnicity'],
    ['回族勿扰', 'ethnicity'],
    ['不招少数民族', 'ethnicity'],
    ['限本地户口', 'origin'],
    ['不要河南人', 'origin'],
    ['本地人优先', 'origin'],
    ['外地人勿扰', 'origin'],
    ['乙肝携带者勿扰', 'health'],
    ['入职查两对半', 'health'],
    ['不招残疾人', 'health'],
    ['招15岁学徒', 'child'],
    ['年龄14-30岁', 'child'],
    ['年满十四周岁', 'child'],
    ['45岁以下', 'age'],
    ['年龄18-40岁', 'age'],
    ['四十五岁以内', 'age'],
    ['不超过35周岁', 'age'],
    ['入职交押金200元', 'fee'],
    // As a tester's employer wrote them: bare items of a list, and less usual wordings.
    ['女', 'gender'],
    ['要求：男性，能吃苦', 'gender'],
    ['限女', 'gender'],
    ['仅限男', 'gender'],
    ['性别：女', 'gender'],
    ['能吃苦，女的', 'gender'],
    ['本地户口', 'origin'],
    ['吃苦耐劳、本地户籍', 'origin'],
    ['限本地人', 'origin'],
    ['户籍要求：本地', 'origin'],
    ['需本地户口', 'origin'],
    ['汉族，会开车', 'ethnicity'],
    ['民族：汉族', 'ethnicity'],
    ['无传染病史', 'health'],
    ['身体好，无乙肝', 'health'],
  ])('flags “%s” as %s', (text, flag) => {
    expect(postingFlags('招工', text)).toEqual([flag]);
  });

  it.each([
    '男女不限',
    '招男女工各5名',
    '性别不限，年龄不限',
    '不限户籍，外地人提供住宿',
    '16岁以下勿扰',
    '年龄18-60岁，身体健康',
    '18周岁以上',
    '欢迎残疾人朋友',
    '女装店导购，会搭配',
    '本地人介绍的也可以',
    '3年以上经验，每天8小时',
    '打扫卫生，管午饭',
    '不要求学历',
    '女装厂缝纫工',
    '男装店理货',
    '妇女之家保洁',
    '男、女均可',
    '男/女都要',
    '提供男女宿舍',
    '本地人介绍的也可以',
    '外地户口也可以办暂住证',
    '身体健康，有健康证',
    '带身份证、户口本',
  ])('lets “%s” through', (text) => {
    expect(postingFlags('招工', text)).toEqual([]);
  });

  it('names what it found, in every text it was given, each kind once', () => {
    expect(postingFindings('保洁员（女工优先）', '年龄20-45岁，乙肝携带者勿扰', '限本地户口')).toEqual([
      { flag: 'gender', found: '女工优先' },
      { flag: 'origin', found: '限本地户口' },
      { flag: 'health', found: '乙肝携带者勿扰' },
      { flag: 'age', found: '20-45岁' },
    ]);
    expect(postingFlags('女工优先', '女性优先')).toEqual(['gender']);
    expect(postingFindings('招保洁', '女，45岁以下，本地户口')).toEqual([
      { flag: 'gender', found: '女' },
      { flag: 'origin', found: '本地户口' },
      { flag: 'age', found: '45岁以下' },
    ]);
    expect(postingFlags(undefined, '')).toEqual([]);
  });
});
