/**
 * The occupation picker's words.
 * English: strings.en.ts, fetched only when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'picker.search': '搜工种',
  'picker.searchHint': '打字或拼音，如：电工、diangong',
  'picker.allCategories': '全部类别',
  'picker.chosen': '已选：',
  'picker.noneChosen': '还没选',
  'picker.remove': '去掉{name}',
  'picker.full': '最多选 {max} 个。先点一下已选的去掉一个，再选别的。',
  'picker.searching': '正在找…',
  'picker.noMatch': '没找到这个工种。换个说法，或从类别里选。',
  'category.building': '建筑装修',
  'category.farming': '农业养殖',
  'category.household': '家政服务',
  'category.repair': '维修服务',
  'category.catering': '餐饮服务',
  'category.logistics': '物流运输',
  'category.security': '安保物业',
  'category.factory': '制造加工',
  'category.retail': '商业服务',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
