/**
 * 服务: the tiles of the station's services.
 * English: strings.en.ts, fetched only when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'hub.title': '驿站服务',
  'hub.hint': '这些服务都免费。没有网也能看，有网时自动更新。',
  'hub.complaints': '求助维权',
  'hub.complaints.about': '欠薪、受伤、被收费，找驿站帮忙',
  'hub.rights': '维权·记工',
  'hub.rights.about': '拨打维权电话，每天记工，算清还欠多少',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
