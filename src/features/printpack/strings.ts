/**
 * 打印村务公告: the notice-board print pack's words. English: strings.en.ts, fetched only
 * when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'print.title': '打印村务公告',
  'print.back': '今日待办',
  'print.hint':
    '选出岗位，每个村一叠，每张 A4 一个岗位，贴到村里的公告栏。用手机浏览器的“打印”，或下载 PDF 拿去打印店。',
  'print.place': '哪个村或乡镇',
  'print.choosePlace': '先选一个村或镇',
  'print.allPlaces': '本县全部',
  'print.occupation': '工种',
  'print.allOccupations': '全部工种',
  'print.verifiedThisWeek': '只要本周核实过的',
  'print.count': '{boards} 个公告栏，共 {n} 张',
  'print.none': '没有符合条件的招人中的岗位。',
  'print.print': '打印',
  'print.pdf': '下载 PDF',
  'print.making': '正在做 PDF，第 {done}/{total} 张…',
  'print.pdfFailed': '没能做出 PDF，请再试一次，或用“打印”。',
  'print.logged': '已记下：{boards} 个公告栏贴了哪些岗位。岗位关闭后，这里会提醒撕下。',
  'print.noStation': '这个账号没有绑定驿站，公告上没有驿站电话，不能打印。',
  'print.board': '{name}公告栏',
  'print.boardIn': '{name}公告栏 · {town}',
  'print.sheets': '{n} 张',
  'print.takeDownTitle': '要撕下的公告',
  'print.takeDownHint': '这些岗位已经不招人了，下次去村里时把公告撕下来。',
  'print.takeDownNone': '贴出去的岗位都还在招人。',
  'print.takenDown': '已撕下',
  'print.takeDownFailed': '没能记下，请再试一次。',
  'print.printedOn': '{date} 贴出',
  'print.status.filled': '已招满',
  'print.status.closed': '已关闭',
  'print.status.expired': '已过期',
  'print.status.removed': '已删除',
  'sheet.brand': '零工驿站 · 招工',
  'sheet.place': '地点：{place}',
  'sheet.pay': '结算：{pay}',
  'sheet.phone': '电话：{phone}',
  // The share card's words (分享), so a posting says the same wherever it is seen.
  'sheet.noFee': '不收任何费用，要收钱的请举报',
  'sheet.verified': '✓ 驿站已核实 {date}',
  'sheet.scan': '扫码看岗位，没网也能看',
  'sheet.qrLabel': '岗位二维码：{title}',
  'sheet.tearOff': '撕下带走',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
