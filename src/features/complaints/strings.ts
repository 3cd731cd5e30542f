/**
 * 求助: the complaint form, the list and one complaint's page.
 * English: strings.en.ts, fetched only when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'complaint.newTitle': '求助 / 投诉',
  'complaint.hint': '驿站会联系你，帮你找劳动监察、工会或法律援助。求助免费。',
  'complaint.stepsTitle': '怎么求助',
  'complaint.step1': '选遇到什么事，写上老板或单位的名字。',
  'complaint.step2': '说说经过：在哪干的活，干了多久，欠多少钱。',
  'complaint.step3': '点选手上有的凭证，没有凭证也可以求助。',
  'complaint.step4': '点“提交求助”。没有网也能提交，有网时自动发出，驿站会联系你。',
  'complaint.anonymousOnly': '没登录时只能匿名求助：驿站能看到你写的事，但你看不到处理进度。登录后可以跟进。',
  'complaint.kind': '遇到什么事',
  'complaint.kind.wage_arrears': '工资被拖欠',
  'complaint.kind.injury': '干活受伤',
  'complaint.kind.contract': '合同问题',
  'complaint.kind.fee': '被收押金或中介费',
  'complaint.kind.other': '其他',
  'complaint.employer': '老板或单位名称',
  'complaint.amount': '欠多少钱（元，可不填）',
  'complaint.description': '说说经过',
  'complaint.where': '在哪个乡镇',
  'complaint.anyTown': '不清楚 / 县里',
  'complaint.station': '交给哪个驿站',
  'complaint.anyStation': '不指定，由县里分派',
  'complaint.evidence': '手上有哪些凭证（点选）',
  'complaint.evidenceHave': '手上的凭证',
  'complaint.anonymous': '匿名（不让驿站知道是谁）',
  'complaint.submit': '提交求助',
  'complaint.listTitle': '求助记录',
  'complaint.none': '还没有求助记录。',
  'complaint.filedAnonymous': '匿名求助已保存，有网时自动发送。匿名求助看不到处理进度。',
  'complaint.notOnDevice': '这条求助不在本机。',
  'complaint.comment': '补充说明',
  'complaint.addComment': '发送补充',
  'complaint.status.submitted': '已提交',
  'complaint.status.accepted': '已受理',
  'complaint.status.in_progress': '处理中',
  'complaint.status.resolved': '已解决',
  'complaint.status.closed': '已结束',
  'complaint.mark.submitted': '已提交',
  'complaint.mark.accepted': '受理',
  'complaint.mark.in_progress': '开始处理',
  'complaint.mark.resolved': '已解决',
  'complaint.mark.closed': '结束',
  'complaint.show.filer': '求助人',
  'complaint.show.employer': '老板或单位',
  'complaint.show.amount': '欠的钱',
  'complaint.show.yuan': '共 {amount} 元',
  'complaint.show.call': '打电话给求助人 {phone}',
  'complaint.show.anonymous': '这是匿名求助：没有留名字和电话，没法回电。',
  'complaint.show.noPhone': '求助人没有留电话。',
  'complaint.job': '看被反映的岗位',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
