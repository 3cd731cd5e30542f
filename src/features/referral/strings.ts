/**
 * 推荐 and 回访: referring a person to a job, and moving an application along.
 * English: strings.en.ts, fetched only when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'referral.refer': '推荐',
  'referral.referTo': '推荐{name}去做：{job}',
  'referral.referred': '已推荐',
  'referral.unsent': '待同步',
  'referral.byStation': '驿站推荐',
  'referral.bySelf': '本人报名',
  'referral.applied': '报名',
  'referral.status.pending': '等驿站或老板联系',
  'referral.status.contacted': '已联系',
  'referral.status.interview': '约了面试',
  'referral.status.hired': '已录用',
  'referral.status.rejected': '没有录用',
  'referral.status.no_show': '没有去',
  'referral.move.contacted': '联系过了',
  'referral.move.interview': '约了面试',
  'referral.move.hired': '录用',
  'referral.move.rejected': '没录用',
  'referral.move.no_show': '人没到',
  'referral.note': '回访记录（可不填，如：已上岗）',
  'referral.step': '{status} · {m}月{d}日',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
