/**
 * What a spreadsheet's columns can be: a job's fields, a person's fields, and the header words
 * desks and employers actually write for each (in an employer's list, last year's register).
 */

export type ImportKind = 'job' | 'seeker';

export const JOB_FIELDS = [
  'title',
  'occupation',
  'employerName',
  'place',
  'wage',
  'wageUnit',
  'payPeriod',
  'headcount',
  'contactPhone',
  'description',
  'requirements',
] as const;

export const SEEKER_FIELDS = ['name', 'phone', 'idNumber', 'birthYear', 'place', 'occupations', 'skills'] as const;

export type JobField = (typeof JOB_FIELDS)[number];
export type SeekerField = (typeof SEEKER_FIELDS)[number];
export type ImportField = JobField | SeekerField;

export const FIELDS_OF: Record<ImportKind, readonly ImportField[]> = { job: JOB_FIELDS, seeker: SEEKER_FIELDS };

/** Header words per field. The longest word found in a head decides: 工资单位 is the unit, not the wage. */
const WORDS: Record<ImportKind, Partial<Record<ImportField, readonly string[]>>> = {
  job: {
    title: ['岗位名称', '招聘岗位', '岗位', '职位', '职务', '标题', 'title', 'job', 'position'],
    occupation: ['工种', '职业', 'occupation', 'trade'],
    employerName: [
      '用工单位',
      '招聘单位',
      '单位名称',
      '企业名称',
      '公司名称',
      '企业',
      '公司',
      '雇主',
      '老板',
      '单位',
      'employer',
      'company',
    ],
    place: ['工作地点', '地点', '地址', '村', '镇', '乡', 'place', 'address', 'location', 'village'],
    wage: ['工资', '薪资', '薪酬', '薪水', '日薪', '月薪', '时薪', '待遇', '工钱', 'wage', 'salary', 'pay'],
    wageUnit: ['工资单位', '计薪方式', '计酬方式', '计薪', 'unit'],
    payPeriod: ['结算方式', '结算周期', '发薪方式', '结算', '发薪', 'payperiod', 'settle'],
    headcount: ['招聘人数', '需要人数', '人数', '名额', 'headcount', 'people'],
    contactPhone: ['联系电话', '电话', '手机', '联系方式', 'phone', 'tel', 'mobile'],
    description: ['岗位说明', '工作内容', '岗位职责', '说明', '描述', '备注', 'description', 'note'],
    requirements: ['任职要求', '招聘要求', '要求', '条件', 'requirements'],
  },
  seeker: {
    name: ['姓名', '名字', 'name'],
    phone: ['联系电话', '手机号码', '手机号', '电话', '手机', '联系方式', 'phone', 'tel', 'mobile'],
    idNumber: ['身份证号码', '身份证号', '身份证', '证件号码', '证件号', 'idnumber', 'idcard'],
    birthYear: ['出生年份', '出生年月', '出生日期', '出生', '年龄', 'birth', 'age'],
    place: ['家庭住址', '所在村', '住址', '地址', '村', '镇', '乡', 'place', 'address', 'village'],
    occupations: ['求职意向', '意向工种', '想做', '意向', '工种', 'wish', 'occupation'],
    skills: ['技能', '特长', '专长', 'skills'],
  },
};

const normal = (head: string) => head.toLowerCase().replace(/[\s_\-（）()【】[\]：:*]/g, '');

/** The field each column is, as far as its head says (undefined: not imported). Each field goes to one column. */
export function guessMapping(kind: ImportKind, head: readonly string[]): (ImportField | undefined)[] {
  const candidates: { column: number; field: ImportField; weight: number }[] = [];
  head.forEach((text, column) => {
    const h = normal(text);
    if (!h) return;
    for (const [field, words] of Object.entries(WORDS[kind]) as [ImportField, readonly string[]][]) {
      const best = Math.max(0, ...words.filter((w) => h.includes(w)).map((w) => w.length));
      // A whole head that is the word weighs more than a word inside a longer head.
      if (best > 0) candidates.push({ column, field, weight: best + (words.includes(h) ? 100 : 0) });
    }
  });
  candidates.sort((a, b) => b.weight - a.weight || a.column - b.column);
  const mapping: (ImportField | undefined)[] = head.map(() => undefined);
  const taken = new Set<ImportField>();
  for (const { column, field } of candidates) {
    if (mapping[column] || taken.has(field)) continue;
    mapping[column] = field;
    taken.add(field);
  }
  return mapping;
}

/** Rows from the top that may be the head: a register often starts with its title and a date line. */
const HEAD_SEARCH = 5;

/**
 * The sheet with its head found: of the first rows, the one most of whose cells name a field
 * (the first on a tie); the rows above it (titles, notes) are not data.
 */
export function findHead<R extends { cells: string[] }>(
  kind: ImportKind,
  sheet: { head: string[]; rows: R[] },
): { head: string[]; rows: R[] } {
  const candidates = [sheet.head, ...sheet.rows.slice(0, HEAD_SEARCH - 1).map((row) => row.cells)];
  const scores = candidates.map((cells) => guessMapping(kind, cells).filter(Boolean).length);
  const best = scores.indexOf(Math.max(...scores));
  return best <= 0 ? sheet : { head: candidates[best].map((cell) => cell.trim()), rows: sheet.rows.slice(best) };
}
