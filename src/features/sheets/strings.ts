/**
 * 表格: exporting the desk's lists as spreadsheets, and 导入表格 (jobs and people from an
 * employer's list or last year's register).
 * English: strings.en.ts, fetched only when English is chosen.
 */
import { base, catalog, translator } from '../../i18n';

export const zh = {
  'sheets.export.xlsx': '导出 Excel',
  'sheets.export.csv': '导出 CSV',
  'sheets.making': '正在生成…',
  'sheets.failed': '没能生成文件，请再试一次。',

  'sheets.import.row': '第 {n} 行',
  'sheets.import.title': '导入表格',
  'sheets.import.hint':
    '把用工单位的岗位表或往年的登记表（Excel 或 CSV）导入本站。每一行都会检查，有问题的行不导入，可以下载问题清单，改好后再导入。同一张表导入两次不会重复。',
  'sheets.import.kind': '表里是什么',
  'sheets.import.kind.job': '岗位',
  'sheets.import.kind.seeker': '求职的人',
  'sheets.import.file': '选择表格文件（.xlsx、.xls 或 .csv）',
  'sheets.import.reading': '正在读取表格…',
  'sheets.import.read.too_big': '文件太大了（最多 5 MB）。请把表分成几份再导入。',
  'sheets.import.read.too_many_rows': '行数太多了（最多 5000 行）。请把表分成几份再导入。',
  'sheets.import.read.too_many_columns': '列太多了（最多 60 列），请看看是不是选错了文件。',
  'sheets.import.read.empty': '表里没有内容：第一行要写表头，下面每行一条。',
  'sheets.import.read.unreadable': '读不了这个文件。请用 Excel 或 WPS 另存为 .xlsx 或 CSV 后再试。',
  'sheets.import.mapping': '每一列是什么',
  'sheets.import.mappingHint': '已经按表头猜好了，不对的可以改。',
  'sheets.import.column': '第 {n} 列“{head}”',
  'sheets.import.skip': '不导入',
  'sheets.import.employerAll': '用工单位（整张表都是这家）',
  'sheets.import.preview': '导入后的样子（前 {n} 行）',
  'sheets.import.checking': '正在检查 {done} / {total} 行…',
  'sheets.import.summary': '共 {total} 行：{ok} 行可以导入，{bad} 行有问题。',
  'sheets.import.already': '{n} 条已导入过，不会重复添加。',
  'sheets.import.go': '导入 {n} 条',
  'sheets.import.saving': '正在保存…',
  'sheets.import.done': '已导入 {n} 条，先保存在本机，有网时自动同步。',
  'sheets.import.nothingNew': '没有新的记录要导入。',
  'sheets.import.failed': '没能保存，这张表一条也没有导入。请再试一次。',
  'sheets.import.problems': '有问题的行（没有导入）',
  'sheets.import.moreProblems': '还有 {n} 行，见问题清单。',
  'sheets.import.problemsFile': '导入问题清单',
  'sheets.import.another': '再导入一张表',
  'sheets.report.row': '行号',
  'sheets.report.column': '列',
  'sheets.report.reason': '原因',

  'sheets.field.title': '岗位名称',
  'sheets.field.occupation': '工种',
  'sheets.field.employerName': '用工单位',
  'sheets.field.place': '地点',
  'sheets.field.wage': '工资',
  'sheets.field.wageUnit': '工资单位（天、月、小时、件）',
  'sheets.field.payPeriod': '结算方式',
  'sheets.field.headcount': '人数',
  'sheets.field.contactPhone': '联系电话',
  'sheets.field.description': '说明',
  'sheets.field.requirements': '要求',
  'sheets.field.name': '姓名',
  'sheets.field.phone': '电话',
  'sheets.field.idNumber': '身份证号（只算出生年份，号码不保存）',
  'sheets.field.birthYear': '出生年份或年龄',
  'sheets.field.occupations': '想做的活',
  'sheets.field.skills': '技能',

  'sheets.problem.formula': '像是公式（以 = + @ 开头），不能导入',
  'sheets.problem.wage_number': '工资要写数字，比如 200 或 200-300',
  'sheets.problem.pay_period': '结算方式看不懂，请写日结、周结或月结',
  'sheets.problem.headcount_number': '人数要写整数',
  'sheets.problem.occupation_unknown': '工种对不上，请写常用的工种名称',
  'sheets.problem.place_unknown': '找不到这个地点，请写乡镇和村的名字',
  'sheets.problem.place_outside': '这个地点不在本站负责的区县',
  'sheets.problem.place_ambiguous': '有几个地方同名，请写上乡镇的名字',
  'sheets.problem.id_number': '身份证号不对',
  'sheets.problem.birth_year': '出生年份看不懂',
  'sheets.problem.duplicate_row': '和表里前面的一行重复',
} as const;

export type Words = Record<keyof typeof zh, string>;
export const t = translator(
  base,
  catalog(zh, () => import('./strings.en')),
);
