/**
 * 积分: the ledger on 我的 and on a person's page (the desk's 加分 and 兑换), and the 积分 page.
 * English: strings.en.ts, fetched only when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'points.title': '积分',
  'points.mine': '我的积分',
  'points.balance': '现有 {n} 分',
  'points.none': '还没有积分记录。',
  'points.pending': '待同步',
  'points.more': '积分能换什么',
  'points.noProfile': '先填好“我的求职意向”，选上你常去的驿站，驿站就能给你记积分。',
  'points.kind.attendance': '来驿站参加活动',
  'points.kind.verified_work': '干完活，驿站核实过',
  'points.kind.referral': '帮别人登记找活',
  'points.kind.training_seat': '兑换培训名额',
  'points.kind.goods': '兑换驿站物品',
  'points.kind.correction': '更正',
  'points.goods.meal': '爱心餐一份',
  'points.goods.training': '培训名额一个',
  'points.goods.gloves': '劳保手套一双',
  'points.goods.towel': '毛巾一条',
  'points.goods.haircut': '理发一次',
  'points.cost': '{n} 分',
  'points.add': '加分',
  'points.redeem': '兑换',
  'points.why': '为什么加分',
  'points.what': '换什么',
  'points.amount': '多少分',
  'points.note': '备注（可不填）',
  'points.saveAdd': '加分',
  'points.saveRedeem': '兑换',
  'points.saved': '已记上。',
  'points.history': '积分记录',
  'points.rules': '每人每天在一个驿站最多加 {n} 分；兑换后不能少于 0 分。',
  'points.page.what': '积分是什么',
  'points.page.whatText':
    '你在驿站做的好事，驿站给你记积分。积分不花钱，可以在驿站换东西。每一笔都有记录，你在这里都能看到。',
  'points.page.earn': '怎么得积分',
  'points.page.spend': '积分能换什么',
  'points.page.spendHint': '到驿站找工作人员兑换。以驿站公布的为准。',
  'points.page.station': '要在驿站记积分，先在“我的求职意向”里选上“我的驿站”。',
  'points.page.profile': '去选我的驿站',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
