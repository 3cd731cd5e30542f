/**
 * The form kit's own words (every form shows them).
 * English: strings.en.ts, fetched only when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'form.county': '县区',
  'form.town': '乡镇/街道',
  'form.chooseCounty': '请选择县（区、旗）',
  'form.fixErrors': '有 {n} 处要改一下',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
