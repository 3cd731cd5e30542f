/**
 * The server's settings from the environment (README › variables), checked before anything
 * starts: a deployment must not come up with a weak admin password or half a setting.
 *
 * DEMO=1 (what `npm start` sets) loads the demo county and its public demo accounts;
 * otherwise (`npm run serve`) the database starts empty and the only account is the admin
 * named by ADMIN_PHONE and ADMIN_PASSWORD.
 */
import { STAFF_PASSWORD_MIN } from '../src/core/auth';
import { MOBILE_PATTERN } from '../src/core/fields';

export class ConfigError extends Error {}

export interface AdminSetting {
  phone: string;
  password: string;
}

export interface ServerConfig {
  demo: boolean;
  port: number;
  host: string;
  /** postgres://… for a real PostgreSQL; absent for the embedded one under dataDir. */
  databaseUrl?: string;
  dataDir: string;
  admin?: AdminSetting;
  /** Behind a reverse proxy: client addresses come from X-Forwarded-For. */
  trustProxy: boolean;
  maxConnections?: number;
}

const flag = (name: string, value: string | undefined): boolean => {
  if (value === undefined || value === '' || value === '0') return false;
  if (value === '1') return true;
  throw new ConfigError(`${name} must be 1 or 0, not "${value}"`);
};

/** Why this admin setting may not start a deployment, or undefined when it may. */
export function adminProblem(admin: AdminSetting, demo: boolean): string | undefined {
  if (!MOBILE_PATTERN.test(admin.phone)) return `ADMIN_PHONE must be a mobile number (11 digits), not "${admin.phone}"`;
  if (!demo && admin.password.length < STAFF_PASSWORD_MIN) {
    return `ADMIN_PASSWORD must be at least ${STAFF_PASSWORD_MIN} characters outside demo mode`;
  }
  return undefined;
}

export function configFromEnv(env: Record<string, string | undefined>): ServerConfig {
  const demo = flag('DEMO', env.DEMO);
  const { ADMIN_PHONE: phone, ADMIN_PASSWORD: password } = env;
  if (phone && !password) throw new ConfigError('ADMIN_PHONE is set but ADMIN_PASSWORD is not');
  if (password && !phone) throw new ConfigError('ADMIN_PASSWORD is set but ADMIN_PHONE is not');
  const admin = phone && password ? { phone, password } : undefined;
  const problem = admin && adminProblem(admin, demo);
  if (problem) throw new ConfigError(problem);
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new ConfigError(`PORT must be a port number`);
  const maxConnections = env.MAX_CONNECTIONS ? Number(env.MAX_CONNECTIONS) : undefined;
  if (maxConnections !== undefined && !(Number.isInteger(maxConnections) && maxConnections > 0)) {
    throw new ConfigError('MAX_CONNECTIONS must be a positive whole number');
  }
  return {
    demo,
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR ?? './data',
    admin,
    trustProxy: flag('TRUST_PROXY', env.TRUST_PROXY),
    maxConnections,
  };
}
