/**
 * Every error code a person can meet, as a sentence in their language; never the code.
 * `ERROR_MESSAGES` is the one table: the field codes of the shared schemas
 * (src/core/validation.ts), every code a mutator or the server answers (src/core,
 * server/), and the sync loop's own (src/sync/engine.ts). A new code gets a line in the
 * table, pointing at a sentence here (in Chinese) and in errors.en.ts (in English);
 * tests/unit/i18n/error-codes.test.ts fails while a code thrown in src/core, server or
 * src/sync has no line. The badge, 我的 and every form show errors through `errorText`.
 */
import { type FieldError, MutationError } from '../core/validation';
import { isQuotaError } from '../db/quota';
import { catalog, translator } from '../i18n';

export const zh = {
  // Next to a form field (the shared schema's verdict).
  'error.required': '请填写',
  'error.tooLong': '写得太长了',
  'error.tooMany': '选得太多了',
  'error.regionCode': '请选择地点',
  'error.town': '请选到乡镇或村',
  'error.phone': '电话号码不对',
  'error.lat': '纬度不对',
  'error.lon': '经度不对',
  'error.min': '数字太小',
  'error.max': '数字太大',
  'error.integer': '请填整数',
  'error.number': '请只写数字，如 3000',
  'error.date': '日期不对',
  'error.id': '记录编号不对',
  'error.hours': '开放时间看不懂',
  'error.code': '验证码是 6 位数字',
  'error.invalid': '填写有误',
  'error.wageRange': '最高工资不能低于最低工资',
  'error.url': '链接要以 https:// 开头',
  'error.endsBeforeStart': '结束时间不能早于开始时间',
  'error.wageTooHigh': '工钱太高了，是不是多写了一个零？',
  'error.futureDate': '这一天还没到',
  'error.tooLongAgo': '日期太早了，请看看年份',
  // A write the rules refused (on this phone, or later on the server: then shown on 我的).
  'error.stale': '别人在你之后改过这条记录，你的修改没有生效。请看最新内容后再改。',
  'error.forbidden': '这个账号不能做这项修改。',
  'error.notFound': '这条记录已经不在了（可能已删除或合并）。',
  'error.rejectedInput': '有内容不符合要求，服务器没有接受。',
  'error.exists': '这条记录已经存在，没有重复保存。',
  'error.jobClosed': '这个岗位已经关闭，不能再改。',
  'error.jobNotOpen': '这个岗位已经招满、关闭或撤下了，不能再推荐人去。',
  'error.badTransition': '这一步现在不能做：记录的状态已经变了。',
  'error.tooOld': '这个版本的应用太旧，服务器不认识这项修改。请更新应用。',
  'error.outOfScope': '这不在你负责的驿站或区县，不能在这里修改。',
  'error.identityCheck': '两份资料的手机号不同：合并前要当面核对身份证件，并勾选“已当面核对”。',
  'error.notMerged': '这两份资料没有合并过，没有可撤销的。',
  'error.cannotUndo': '现在不能撤销这次合并，请联系管理员。',
  'error.notEnrolled': '这个人不在培训名单上（候补或已取消），不能记出勤或结业。',
  'error.pointsDayCap': '今天这个驿站给这个人加的积分已到上限，明天再加。',
  'error.pointsShort': '积分不够，兑换后不能少于 0 分。',
  // Sync and login.
  'error.loginRequired': '需要登录后才能发送。没发送的记录都还在本机。',
  'error.loginExpired': '登录已过期，请重新登录。没发送的记录都还在本机。',
  'error.otherAccount': '这台手机上的这些记录属于另一个账号，等那个账号登录后发送。',
  'error.outOfOrder': '有记录没按顺序到达服务器，下次同步会自动补发。',
  'error.upgrade': '应用需要更新才能同步：点“有新版本”更新。没发送的记录不会丢。',
  'error.serverOlder': '服务器的版本比应用旧，稍后会自动再试。',
  'error.rateLimited': '尝试次数太多了，请过一会儿再试。',
  'error.badCredentials': '验证码或密码不对，或验证码已过期。',
  'error.phoneTaken': '这个手机号已经有账号了。',
  'error.passwordRequired': '工作人员请用密码登录。',
  'error.busy': '同时发来的请求太多了，稍后会自动再试。',
  'error.tooLarge': '一次要发的内容太多，会分批重发。',
  'error.notJpeg': '这不是一张照片，请重新拍一张或选一张。',
  'error.photoTooLarge': '照片太大了，请重新选一张。',
  'error.transfer': '手机和服务器之间传输出错，稍后会自动再试。',
  'error.server': '服务器出了故障。你的记录都在手机上，稍后会自动再试。',
  'error.network': '连不上服务器，有网时会自动再试。',
  'error.storageFull': '手机存储满了，没能保存。请到“我的”清理旧岗位，或删掉手机里不用的文件后再试。',
  'error.lostInRestore': '服务器恢复了旧的备份，有些很早以前发送的记录没能找回，请核对。',
  'error.unknown': '出了点问题，稍后会自动再试。',
  // Sync files (src/core/sync-file.ts): carried by hand where there is no network.
  'error.fileTooLarge': '文件太大了，不是本应用导出的同步文件。',
  'error.fileUnreadable': '看不懂这个文件：不是本应用导出的同步文件，或者只传了一半。请重新导出、重新传一次。',
  'error.fileDamaged': '文件在传送中损坏或被改动过，不能导入。请让对方重新导出一次。',
  'error.fileWrongKind': '文件类型不对：未发送的记录在驿站导入，县里的岗位资料在下乡手机上载入。',
  'error.fileSignature': '文件的签名对不上：可能被改过，或者导出后对方已退出登录。请让本人重新导出。',
} as const;

export type Sentences = Record<keyof typeof zh, string>;
const t = translator(catalog(zh, () => import('./errors.en')));
type ErrorKey = keyof typeof zh;

/** Code → sentence. Lower case: a field's problem (src/core/validation.ts); upper case: an answer. */
export const ERROR_MESSAGES = {
  required: 'error.required',
  type: 'error.required',
  too_long: 'error.tooLong',
  too_many: 'error.tooMany',
  region_code: 'error.regionCode',
  town: 'error.town',
  phone: 'error.phone',
  lat: 'error.lat',
  lon: 'error.lon',
  min: 'error.min',
  max: 'error.max',
  integer: 'error.integer',
  number: 'error.number',
  date: 'error.date',
  uuid: 'error.id',
  hours: 'error.hours',
  url: 'error.url',
  code: 'error.code',
  invalid: 'error.invalid',
  // src/core/mutators.ts
  STALE: 'error.stale',
  FORBIDDEN: 'error.forbidden',
  NOT_FOUND: 'error.notFound',
  INVALID: 'error.rejectedInput',
  EXISTS: 'error.exists',
  JOB_CLOSED: 'error.jobClosed',
  JOB_NOT_OPEN: 'error.jobNotOpen',
  BAD_TRANSITION: 'error.badTransition',
  UNKNOWN_MUTATOR: 'error.tooOld',
  OUT_OF_SCOPE: 'error.outOfScope',
  IDENTITY_CHECK_REQUIRED: 'error.identityCheck',
  NOT_MERGED: 'error.notMerged',
  CANNOT_UNDO: 'error.cannotUndo',
  NOT_ENROLLED: 'error.notEnrolled',
  POINTS_DAY_CAP: 'error.pointsDayCap',
  POINTS_SHORT: 'error.pointsShort',
  WAGE_TOO_HIGH: 'error.wageTooHigh',
  FUTURE_DATE: 'error.futureDate',
  TOO_LONG_AGO: 'error.tooLongAgo',
  // server/: sync, login, request checks
  LOGIN_REQUIRED: 'error.loginRequired',
  TOKEN_EXPIRED: 'error.loginExpired',
  CLIENT_BOUND: 'error.otherAccount',
  SEQ_GAP: 'error.outOfOrder',
  UPGRADE_REQUIRED: 'error.upgrade',
  SCHEMA_AHEAD: 'error.serverOlder',
  RATE_LIMITED: 'error.rateLimited',
  BAD_CREDENTIALS: 'error.badCredentials',
  PHONE_TAKEN: 'error.phoneTaken',
  PASSWORD_REQUIRED: 'error.passwordRequired',
  BUSY: 'error.busy',
  TOO_LARGE: 'error.tooLarge',
  // server/station-photo.ts
  NOT_JPEG: 'error.notJpeg',
  PHOTO_TOO_LARGE: 'error.photoTooLarge',
  EMPTY: 'error.transfer',
  ENCODING: 'error.transfer',
  CONTENT_TYPE: 'error.transfer',
  BAD_GZIP: 'error.transfer',
  BAD_UTF8: 'error.transfer',
  BAD_JSON: 'error.transfer',
  TOO_DEEP: 'error.transfer',
  ABORTED: 'error.transfer',
  INTERNAL: 'error.server',
  // src/sync: the sync loop's own
  NETWORK: 'error.network',
  STORAGE_FULL: 'error.storageFull',
  LOST_IN_RESTORE: 'error.lostInRestore',
  FAILED: 'error.unknown',
  // src/core/sync-file.ts and server/sync/import.ts
  FILE_TOO_LARGE: 'error.fileTooLarge',
  FILE_UNREADABLE: 'error.fileUnreadable',
  FILE_DAMAGED: 'error.fileDamaged',
  FILE_WRONG_KIND: 'error.fileWrongKind',
  FILE_SIGNATURE: 'error.fileSignature',
} as const satisfies Record<string, ErrorKey>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

const isKnown = (code: string): code is ErrorCode => Object.hasOwn(ERROR_MESSAGES, code);

/** The sentence for a code; an unknown (or missing) code gets a general one, never the code itself. */
export function errorText(code: string | null | undefined, field?: string): string {
  if (code === 'INVALID' && field === 'wageMax') return t('error.wageRange');
  if (code === 'INVALID' && field === 'endsAt') return t('error.endsBeforeStart');
  return t(code && isKnown(code) ? ERROR_MESSAGES[code] : 'error.unknown');
}

/**
 * The sentence for a one-tap write the phone refused: a mutator's rule or a full phone. Any
 * other error is a fault of the app's, not the person's, and goes on up.
 */
export function writeErrorText(error: unknown): string {
  if (isQuotaError(error)) return errorText('STORAGE_FULL');
  if (error instanceof MutationError) return errorText(error.code, error.field);
  throw error;
}

/** A form field's problem, from the shared schema or from a mutator. */
export const errorMessage = (error: FieldError | MutationError) => errorText(error.code, error.field);

/** Field path → sentence, for showing each problem next to its field. */
export function errorsByField(errors: FieldError[]): Record<string, string> {
  return Object.fromEntries(errors.map((e) => [e.field, errorMessage(e)]));
}
