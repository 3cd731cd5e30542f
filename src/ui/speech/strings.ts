/**
 * The read-aloud player's words (every feature that reads aloud shows them).
 * English: strings.en.ts, fetched only when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'speech.read': '朗读',
  'speech.close': '收起朗读',
  'speech.loading': '正在准备朗读…',
  'speech.pause': '暂停',
  'speech.resume': '继续',
  'speech.again': '从头再读',
  'speech.stop': '停止',
  'speech.speed': '语速',
  'speech.speed.slow': '慢',
  'speech.speed.normal': '正常',
  'speech.speed.fast': '快',
  'speech.reading': '正在读第 {n} 句，共 {total} 句',
  'speech.noVoice': '这部手机没有中文朗读声音，读不出来。下面把字放大了，也可以请身边的人帮忙读。',
  'speech.noVoiceHow': '想让手机朗读：在手机“设置”里搜“文字转语音”，下载中文语音。',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
