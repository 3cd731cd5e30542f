/**
 * 我的 › 存储: this feature's words.
 * English: strings.en.ts, fetched only when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'storage.title': '手机存储',
  'storage.used': '本应用占用 {used}，浏览器给它留了 {quota}。',
  'storage.usedOnly': '本应用占用 {used}。',
  'storage.unknown': '这个浏览器不告诉本应用占了多少空间。',
  'storage.kept': '浏览器不会自己清理这些数据。',
  'storage.mayClear': '手机空间紧张时，浏览器可能清理这些数据（没同步的修改会丢失）。',
  'storage.keep': '请浏览器保留数据',
  'storage.low': '手机存储快满了。可以清理已经关闭 {days} 天以上的岗位，腾出空间。',
  'storage.clearOld': '清理旧岗位（{n} 个）',
  'storage.nothingOld': '没有可以清理的旧岗位。',
  'storage.cleared': '清理了 {n} 个旧岗位。',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
