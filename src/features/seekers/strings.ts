/**
 * The seekers feature's words: the profile form, 匹配求职者 and 待核对.
 * English: strings.en.ts, fetched only when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'seeker.call': '打电话',
  'seeker.hint': '没网也能发，有网时自动上传。',
  'seeker.wageUnit': '按什么算',
  'seeker.payPeriod': '怎么结',
  'seeker.phone': '联系电话',
  'seeker.titleSelf': '我的求职意向',
  'seeker.titleStaff': '登记求职者',
  'seeker.name': '姓名',
  'seeker.occupations': '想干的活（最多选 3 个）',
  'seeker.village': '村/社区',
  'seeker.minWage': '最低能接受的工资（元）',
  'seeker.maxDistance': '最远去多少公里',
  'seeker.birthYear': '出生年份',
  'seeker.skills': '会什么（用逗号隔开，如：电焊，开叉车）',
  'seeker.consent': '同意把电话告诉用工方',
  'seeker.save': '保存',
  'seeker.matchForJob': '匹配求职者',
  'seeker.noMatches': '本机登记的求职者里没有合适的。',
  'review.title': '待核对',
  'review.none': '没有要核对的事。',
  'review.duplicate': '可能是同一个人登记了两次',
  'review.identity': '有人在旧资料上改了姓名或出生年份',
  'review.notOnDevice': '（这份资料不在本机）',
  'review.bySelf': '本人登记',
  'review.byStaff': '工作人员登记',
  'review.merge': '合并，保留选中的一份',
  'review.chooseKeep': '先选保留哪一份',
  'review.keepThis': '保留这份',
  'review.phone': '手机号',
  'review.identityNeeded': '两份的手机号不同，合并前请当面核对身份证件。',
  'review.identityChecked': '已当面核对身份证件',
  'review.recentMerges': '最近的合并',
  'review.mergedInto': '已合并到 {name}',
  'review.undo': '撤销合并',
  'review.notSame': '不是同一人',
  'review.seen': '知道了',
  'seeker.station': '我的驿站（常去的驿站，可不选）',
  'seeker.noStation': '不选',
  'seeker.stationShares':
    '选了驿站，这个驿站的工作人员就能看到你的资料（姓名、电话、想干的活），帮你找活、给你记积分。不想让他们看了，改回“不选”就行。',
  'seeker.stationNone': '不选驿站，你的资料只有你自己能看到，驿站也没法给你记积分。',
  'seeker.handOver': '交给哪个驿站',
  'seeker.handOverNone': '不交给驿站（只在我这里）',
  'seeker.handOverHint': '这个驿站的窗口会在求职者名单里看到这个人，帮他/她找活。',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
