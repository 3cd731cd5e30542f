/**
 * 政策: the list, a policy's page and the desk's form.
 * English: strings.en.ts, fetched only when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'policy.listTitle': '政策',
  'policy.listHint': '你关注的地方能用的政策。先看“能领多少、谁能领、去哪办”，不懂就点“朗读”或到驿站问。',
  'policy.all': '全部',
  'policy.none': '这里还没有政策。有网时会自动更新。',
  'policy.noneInTopic': '这一类还没有政策。',
  'policy.publish': '发布政策',
  'policy.back': '政策',
  'policy.notOnDevice': '这条政策不在本机。',
  'policy.amount': '能领多少',
  'policy.who': '谁能领',
  'policy.where': '去哪办',
  'policy.fullText': '政策原文',
  'policy.source': '发文单位',
  'policy.publishedOn': '发布日期',
  'policy.effectiveOn': '施行日期',
  'policy.validUntil': '有效期至',
  'policy.since': '{date} 起施行',
  'policy.everywhere': '各地通用',
  'policy.edit': '修改政策',
  'policy.newTitle': '发布政策',
  'policy.editTitle': '修改政策',
  'policy.formHint': '先用大白话写清“能领多少、谁能领、去哪办”，群众最先看到这三句。',
  'policy.title': '标题',
  'policy.summaryAmount': '能领多少（如：一次性5000元）',
  'policy.summaryWho': '谁能领（如：首次创业、经营满6个月）',
  'policy.summaryWhere': '去哪办、带什么（如：县人社局，带身份证）',
  'policy.body': '政策原文',
  'policy.sourceField': '发文单位或文号',
  'policy.place': '适用地方',
  'policy.anyTown': '全县',
  'policy.forEverywhere': '各地通用（不限地方）',
  'policy.topics': '类别',
  'policy.effectiveField': '施行日期（可不填）',
  'policy.validField': '有效期至（可不填）',
  'policy.save': '保存政策',
  'policy.topic.补贴': '补贴',
  'policy.topic.创业': '创业',
  'policy.topic.培训': '培训',
  'policy.topic.社保': '社保',
  'policy.topic.维权': '维权',
  'policy.topic.服务': '驿站服务',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);

/** A topic (a policy's tag) in the user's words: the usual ones are translated, others shown as written. */
export function topicWord(tag: string): string {
  const key = `policy.topic.${tag}`;
  return t.has(key) ? t(key) : tag;
}
