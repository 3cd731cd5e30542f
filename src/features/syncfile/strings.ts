/**
 * syncfile: 同步文件, for places with no network (export unsent records, the desk's import,
 * the county's jobs carried to a field phone). English: strings.en.ts, fetched only when chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'syncfile.exportTitle': '导出未发送的记录',
  'syncfile.exportHint':
    '没有网的时候，把还没发出去的记录存成一个文件，用数据线、蓝牙或微信传给驿站，驿站电脑导入后就算送到了。',
  'syncfile.exportCount': '本机有 {n} 条记录还没发送。',
  'syncfile.exportNone': '没有要发送的记录，都已经送到了。',
  'syncfile.exportButton': '导出文件',
  'syncfile.shareButton': '用微信或蓝牙发送',
  'syncfile.exported': '已导出“{name}”（{n} 条记录）。记录仍留在本机，显示“待同步”，有网时会自动发送，不会重复。',
  'syncfile.needLogin': '要先登录才能导出：文件要写明是谁登记的。',
  'syncfile.needKey': '这个登录还没有签名钥匙：请在有网的地方打开一次应用（同步一次）后再导出。',
  'syncfile.otherAccounts': '另有 {n} 条记录是别的账号在这台手机上登记的，要那个账号登录后才能导出。',
  'syncfile.importTitle': '导入同步文件',
  'syncfile.importHint': '选下乡人员传来的文件（.gigsync）。导入前会先检查文件是否完整，再列出里面的记录。',
  'syncfile.pick': '选择文件',
  'syncfile.fileFrom': '来自：{who}，{when} 导出，共 {n} 条记录',
  'syncfile.someone': '一位工作人员',
  'syncfile.importButton': '导入这些记录',
  'syncfile.importing': '正在导入…',
  'syncfile.needNetwork': '导入要连上服务器：现在没有网。文件先留着，有网时再点导入。',
  'syncfile.resultTitle': '导入结果',
  'syncfile.applied': '已导入',
  'syncfile.already': '已导入过',
  'syncfile.refused': '没有导入',
  'syncfile.summary': '新导入 {applied} 条，之前已导入 {already} 条，没有导入 {refused} 条。',
  'syncfile.countyTitle': '县里的岗位资料',
  'syncfile.countyHint':
    '驿站把本县的岗位、驿站和政策存成一个文件，下乡手机没网也能载入，在村里就能查岗位。有网时会自动换成最新的。',
  'syncfile.countyExport': '导出本县资料',
  'syncfile.countyPick': '选择要导出的县',
  'syncfile.countyExported': '已导出“{name}”：岗位 {jobs} 个，驿站 {stations} 个，政策 {policies} 条。',
  'syncfile.countyLoad': '载入县里资料文件',
  'syncfile.countyLoaded': '已载入：岗位 {jobs} 个，驿站 {stations} 个，政策 {policies} 条（{when} 导出）。',
  'syncfile.fileName': '零工驿站-未发送',
  'syncfile.countyFileName': '零工驿站-县里资料',
  'syncfile.failed': '没有成功：{reason}',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
