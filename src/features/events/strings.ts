/**
 * 招聘会·直播: the calendar, a session's page, 提醒我 and the desk's form.
 * English: strings.en.ts, fetched only when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'events.title': '招聘会·直播',
  'events.hint': '驿站办的招聘会和直播带岗。点“提醒我”，开始前提醒你。',
  'events.none': '你关注的地区近期没有招聘会或直播。',
  'events.today': '今天',
  'events.tomorrow': '明天',
  'events.ended': '已结束',
  'events.live': '正在进行',
  'events.kind.job_fair': '招聘会',
  'events.kind.live_stream': '直播带岗',
  'events.schedule': '安排招聘会或直播',
  'events.notOnDevice': '这场活动不在本机。',
  'events.when': '时间',
  'events.where': '地点',
  'events.watch': '在哪看',
  'events.platform.douyin': '抖音',
  'events.platform.kuaishou': '快手',
  'events.platform.wechat_channels': '微信视频号',
  'events.platform.other': '其他平台',
  'events.room': '直播间：{room}',
  'events.openStream': '打开直播',
  'events.employers': '参加的单位',
  'events.jobs': '招聘岗位',
  'events.noJobs': '还没有登记岗位。',
  'events.jobMissing': '另有 {n} 个岗位不在本机：可能不在你关注的地区，或已经撤下。',
  'events.over': '这场已经结束，岗位还在下面，可以继续看、继续报名。',
  'events.edit': '修改这场活动',
  'events.remind': '提醒我',
  'events.remindSet': '已设提醒：{time} 提醒你',
  'events.remindCancel': '取消提醒',
  'events.remindNotify':
    '到时手机会弹出通知。手机休眠、开了省电或把本应用从后台清掉时，通知可能晚到或不到；打开本应用一定能看到。',
  'events.remindInApp': '手机没有允许通知：到时打开本应用会看到提醒。',
  'events.reminders': '我的提醒',
  'events.remindersNone': '还没有设提醒。',
  'events.due': '快开始了',
  'events.started': '已开始',
  'events.banner': '提醒：{title}，{time} 开始',
  'events.bannerOpen': '去看看',
  'events.bannerClose': '知道了',
  'events.form.title': '安排招聘会或直播',
  'events.form.kind': '类型',
  'events.form.name': '名称',
  'events.form.place': '地点（街道、门牌）',
  'events.form.date': '日期',
  'events.form.start': '开始时间',
  'events.form.end': '结束时间',
  'events.form.platform': '直播平台',
  'events.form.room': '直播间名称或号码',
  'events.form.url': '直播链接（可不填）',
  'events.form.employers': '参加的单位（每行一个，可不填）',
  'events.form.jobs': '带哪些岗位（点选）',
  'events.form.filter': '按岗位名称找',
  'events.form.noJobs': '本县还没有在招的岗位。',
  'events.form.save': '保存',
  'events.saved': '已保存',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
