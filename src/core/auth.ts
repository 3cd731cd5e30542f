/** Login requests and answers, shared by the login screen and the server (docs/ACCOUNTS.md). */
import * as v from 'valibot';
import { id, mobile as phone } from './fields';
import type { Role } from './access';
import type { FileKey } from './sync-file';

export const CODE_PATH = '/api/auth/v1/code';
export const LOGIN_PATH = '/api/auth/v1/login';
export const REFRESH_PATH = '/api/auth/v1/refresh';
export const LOGOUT_PATH = '/api/auth/v1/logout';

export const CodeRequestSchema = v.object({ phone });

const loginCode = v.pipe(v.string(), v.regex(/^\d{6}$/, 'code'));
const password = v.pipe(v.string(), v.minLength(8, 'min'), v.maxLength(128, 'too_long'));
/** Staff and admin passwords guard everyone's records: at least this long when they are set. */
export const STAFF_PASSWORD_MIN = 12;
const newPassword = v.pipe(v.string(), v.minLength(STAFF_PASSWORD_MIN, 'min'), v.maxLength(128, 'too_long'));

export const LoginRequestSchema = v.union([
  v.object({ phone, code: loginCode, clientId: id }),
  v.object({ phone, password, clientId: id }),
]);

export const RefreshRequestSchema = v.object({
  refreshToken: v.pipe(v.string(), v.maxLength(200, 'too_long')),
  clientId: id,
});

export const ACCOUNTS_PATH = '/api/admin/v1/accounts';

/** An admin makes staff and employer accounts (workers make their own by logging in). */
export const AccountCreateSchema = v.object({
  phone,
  name: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(30, 'too_long'))),
  role: v.picklist(['employer', 'station_staff', 'field_staff', 'admin'] as const),
  stationIds: v.pipe(v.array(id), v.maxLength(20, 'too_many')),
  counties: v.pipe(v.array(v.pipe(v.string(), v.regex(/^\d{6}$/, 'region_code'))), v.maxLength(10, 'too_many')),
  password: v.optional(newPassword),
});

export const LogoutRequestSchema = v.object({ refreshToken: v.pipe(v.string(), v.maxLength(200, 'too_long')) });

export interface AccountView {
  id: string;
  phone: string;
  name?: string;
  role: Role;
  stationIds: string[];
  counties: string[];
}

export interface LoginResponse {
  account: AccountView;
  accessToken: string;
  /** Epoch ms when the access token stops working; refresh before then. */
  accessExpiresAt: number;
  refreshToken: string;
  /** This login's key for signing sync files (src/core/sync-file.ts); absent from older servers. */
  fileKey?: FileKey;
}

export interface RefreshResponse {
  account: AccountView;
  accessToken: string;
  accessExpiresAt: number;
  /** The next refresh token: each one is good for one refresh (the old one is kept a minute for other tabs). */
  refreshToken: string;
  fileKey?: FileKey;
}
