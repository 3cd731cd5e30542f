/**
 * 地区: the place picker's words (first run and 我的).
 * English: strings.en.ts, fetched only when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'place.setupTitle': '你在哪里找活？',
  'place.setupHint': '选一个县（区、旗），只下载那里的岗位，省流量、打开快。以后可以在“我的”里改。',
  'place.search': '搜地名，如 城中区、chengzhong',
  'place.searchLabel': '搜地名',
  'place.noMatch': '没有找到“{q}”。试试县名或镇名。',
  'place.useMine': '用我的位置',
  'place.locating': '正在定位…',
  'place.denied': '没有拿到位置：手机没有允许定位，或定位失败。请在下面选地区。',
  'place.nearest': '离你最近的驿站是{station}（约 {km} 公里），在{county}。',
  'place.choose': '选这里',
  'place.chooseCounty': '就选{county}（整个县）',
  'place.back': '‹ 上一级',
  'place.top': '全部省份',
  'place.all': '先看全部地区的活（下载多、较慢）',
  'place.followed': '我关注的地区',
  'place.followedHint': '最多 {n} 个县（区、旗）。只下载这些地方的岗位。',
  'place.everywhere': '现在下载全部地区的岗位。',
  'place.none': '还没选地区，所以没有下载岗位。',
  'place.add': '添加地区',
  'place.remove': '不再关注{county}',
  'place.full': '已关注 {n} 个县：再加一个会替换最早的那个。',
  'place.cancel': '取消',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
