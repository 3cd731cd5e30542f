/**
 * The account feature's words: 登录, who is logged in, role names.
 * English: strings.en.ts, fetched only when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'login.phoneInvalid': '电话号码不对',
  'login.title': '登录',
  'login.why': '找活、看驿站、看政策不用登录。申请岗位、投诉维权，以及驿站和用人单位的工作需要登录。',
  'login.byCode': '短信验证码',
  'login.byPassword': '工作人员密码',
  'login.phone': '手机号',
  'login.password': '密码',
  'login.code': '验证码',
  'login.sendCode': '获取验证码',
  'login.resendIn': '{s} 秒后可重发',
  'login.codeSent': '验证码已发出，5 分钟内有效。',
  'login.submit': '登录',
  'login.busy': '正在登录…',
  'login.offline': '没有网络，联网后才能登录。已经填写的内容都保存在本机，不会丢。',
  'login.error.INVALID': '手机号或验证码的格式不对。',
  'login.error.PASSWORD_REQUIRED': '工作人员请用密码登录。',
  'account.anonymous': '还没登录。不登录也能找活、看驿站、看政策。',
  'account.who': '已登录：{name} {phone}（{role}）',
  'account.expired': '登录已过期，请重新登录。没发送的记录都还在本机，登录后自动发送。',
  'account.logout': '退出登录',
  'account.othersPending': '本机还有 {n} 条记录属于其他账号或未登录时填写，等填写人登录后发送。',
  'account.needsRole': '这项工作需要登录{roles}账号。',
  'role.anonymous': '未登录',
  'role.worker': '求职者',
  'role.employer': '用人单位',
  'role.station_staff': '驿站工作人员',
  'role.field_staff': '下乡专员',
  'role.admin': '管理员',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
