/**
 * 表格: exporting the desk's lists as spreadsheets.
 * English: strings.en.ts, fetched only when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'sheets.export.xlsx': '导出 Excel',
  'sheets.export.csv': '导出 CSV',
  'sheets.making': '正在生成…',
  'sheets.failed': '没能生成文件，请再试一次。',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
