/**
 * 服务: the tiles of the station's services.
 * English: strings.en.ts, fetched only when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'hub.title': '驿站服务',
  'hub.hint': '这些服务都免费。没有网也能看，有网时自动更新。',
  'hub.policies': '政策',
  'hub.policies.about': '补贴、培训、社保：能领多少、去哪办',
  'hub.complaints': '求助维权',
  'hub.complaints.about': '欠薪、受伤、被收费，找驿站帮忙',
  'hub.courses': '培训',
  'hub.courses.about': '学手艺、拿证书、记积分，也能说说你想学什么',
  'hub.career': '简历·练面试',
  'hub.career.about': '做简历，测测适合干什么，练练面试',
  'hub.scan': '扫一扫',
  'hub.scan.about': '扫岗位二维码，没网也能看',
  'hub.events': '招聘会·直播',
  'hub.events.about': '哪天有招聘会、直播带岗，提前提醒你',
  'hub.points': '积分',
  'hub.points.about': '来驿站、干完活、帮人登记得积分，换爱心餐、培训名额',
  'hub.rights': '维权·记工',
  'hub.rights.about': '拨打维权电话，每天记工，算清还欠多少',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
