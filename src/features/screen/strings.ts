/**
 * The hall screen's (大屏) words, read from across the hall: short.
 * English: strings.en.ts, fetched only when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'screen.title': '驿站大屏',
  'screen.loading': '正在读取…',
  'screen.noStation': '这台设备上没有这个驿站的信息。联网同步一次后再打开。',
  'screen.nothing': '还没有可以显示的岗位和消息。联网同步后会自动出现。',
  'screen.allDay': '24小时开放',
  'screen.openUntil': '营业中，{time} 关门',
  'screen.closedUntil': '现在关门，{time} 开门',
  'screen.neverSynced': '还没同步过',
  'screen.jobs': '本地招工',
  'screen.jobsPage': '第 {n}/{of} 页',
  'screen.scan': '用手机扫二维码，看岗位、打电话',
  'screen.verified': '驿站已核实',
  'screen.per.hour': '元/小时',
  'screen.per.day': '元/天',
  'screen.per.month': '元/月',
  'screen.per.piece': '元/件',
  'screen.qr': '二维码：{title}',
  'screen.heat': '哪些活儿缺人',
  'screen.heatJobs': '按在招的岗位数',
  'screen.heatBoth': '在招的岗位数，和想干这行的人数',
  'screen.heatJobsN': '在招 {n} 个',
  'screen.heatSeekersN': '{n} 人想干',
  'screen.otherWork': '其他工种',
  'screen.today': '今天的活动和培训',
  'screen.course': '培训 {days} 天',
  'screen.policies': '现行政策',
  'screen.panels': '轮播内容',
  'screen.page': '{n} / {of}',
  'screen.pause': '暂停',
  'screen.resume': '继续播放',
  'screen.fullscreen': '全屏',
  'screen.leave': '退出大屏',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
