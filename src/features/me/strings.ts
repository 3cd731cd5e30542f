/**
 * 我的: the tab's own words.
 * English: strings.en.ts, fetched only when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'me.syncNow': '立即同步',
  'me.rejectedTitle': '被服务器退回的记录',
  'me.rejectedHint': '这些修改没有生效。原因写在下面，可以改好后重新提交。',
  'me.pendingTitle': '待同步的记录',
  'me.pendingHint': '有网时会自动发送，不会丢。',
  'me.storageWarning': '本机存储可能被系统清理，请尽快联网同步。',
  'me.profile': '我的求职意向',
  'me.registerSeeker': '登记求职者',
  'me.title': '我的',
  'me.language': '语言 / Language',
  'me.about': '零工驿站：找活、找驿站、维权。求职免费。',
  'me.reviews': '待核对 {n} 条',
  'me.complaint': '工资被拖欠？找驿站求助',
  'me.complaints': '求助记录',
  'me.noProfile': '还没填求职意向。填好了，报名和推荐更准。',
  'me.fillProfile': '填写求职意向',
  'me.editProfile': '修改求职意向',
  'me.postJob': '发布岗位',
  'me.waitingLogin': '登录后发送：本机有 {n} 条记录要登录后才能发出，不会丢。',
  'me.loginToSend': '登录后发送',
  'me.nothingPending': '没有待同步的记录。',
  // What a waiting or refused write was, in words (writes.ts maps mutator names here).
  'write.jobPost': '发布岗位',
  'write.jobEdit': '修改岗位',
  'write.jobSetStatus': '更改岗位状态',
  'write.jobRemove': '下架岗位',
  'write.jobVerify': '核实岗位',
  'write.stationSave': '保存驿站信息',
  'write.employerRegister': '登记用人单位',
  'write.employerVerify': '核实用人单位',
  'write.seekerRegister': '登记求职者',
  'write.seekerEdit': '修改求职信息',
  'write.reviewResolve': '处理待核对',
  'write.reviewUndoMerge': '撤销合并',
  'write.applicationApply': '报名',
  'write.applicationAdvance': '更新报名进展',
  'write.courseSave': '保存培训课程',
  'write.enrollmentEnroll': '报名培训',
  'write.policySave': '保存政策',
  'write.eventSave': '保存活动',
  'write.complaintFile': '求助',
  'write.complaintAdvance': '处理求助',
  'write.complaintComment': '补充求助说明',
  'write.visitLog': '记录走访',
  'write.pointsAward': '记积分',
  'write.workdayLog': '记工',
  'write.workdayEdit': '修改记工',
  'write.workdayRemove': '删除记工',
  'write.other': '一项修改',
  'write.about': '{what}：{about}',
  'write.where': '{what}（{place}）',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
