/**
 * 来访登记: the desk's walk-in log, the door's check-in poster and a worker's check-in.
 * English: strings.en.ts, fetched only when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'walkins.title': '来访登记',
  'walkins.hint': '有人来驿站，点一下他来办什么就记好了。没有网也能记，有网时自动发出。',
  'walkins.station': '哪个驿站',
  'walkins.noStation': '这个账号没有绑定驿站，不能登记来访。',
  'walkins.who': '谁来了',
  'walkins.anonymous': '不登记姓名',
  'walkins.find': '找人：姓名或电话',
  'walkins.findNone': '本机没有这个人。可以不登记姓名，直接点来办什么。',
  'walkins.chosen': '来访人：{name}',
  'walkins.clear': '换成不登记姓名',
  'walkins.what': '来办什么（点一下就记下）',
  'walkins.logged': '已记下：{reason}',
  'walkins.today': '今天来访 {n} 人次',
  'walkins.todayNone': '今天还没有人来访。',
  'walkins.byReason': '按来办的事',
  'walkins.unnamed': '未登记姓名',
  'walkins.door': '扫码签到',
  'walkins.pending': '待同步',
  'walkins.poster': '打印签到码',
  'walkins.posterHint': '把签到码贴在驿站门口。来的人用本应用“扫一扫”扫码，就签到了。',
  'reason.job': '找工作',
  'reason.policy': '问政策',
  'reason.training': '培训',
  'reason.rest': '歇脚',
  'reason.rights': '维权',
  'reason.other': '其他',
  'poster.title': '签到码',
  'poster.scan': '进门请扫码签到',
  'poster.how': '打开“零工驿站”，点“服务”里的“扫一扫”，对准这个码。',
  'poster.free': '驿站所有服务免费',
  'poster.qrLabel': '{station}的签到二维码',
  'poster.print': '打印',
  'poster.back': '来访登记',
  'checkin.title': '驿站签到',
  'checkin.unknownStation': '本机还没有这个驿站的信息。联网同步一次后再扫码。',
  'checkin.what': '你来办什么？点一下就签到',
  'checkin.done': '签到成功',
  'checkin.already': '你今天已经在这里签到了',
  'checkin.at': '签到时间 {time}',
  'checkin.offline': '仅保存在本机，有网时自动发出。',
  'checkin.noPoints': '签到不加积分。',
  'checkin.login': '登录后才能签到。',
  'checkin.loginButton': '登录',
  'checkin.profile': '先填好“我的求职意向”，再扫码签到。',
  'checkin.profileButton': '填写求职意向',
  'checkin.workersOnly': '签到是给来驿站的工友用的，要用工友的账号登录。',
  'checkin.staff': '工作人员请在“来访登记”里登记来访。',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
