/**
 * Demo data is a mode you ask for (issue 9, critical): `npm start` runs the demo county with
 * its public demo accounts; a deployment (`npm run serve`, DEMO unset or 0) starts empty, its
 * only account the admin named by ADMIN_PHONE/ADMIN_PASSWORD, and refuses a weak password,
 * no admin at all, or a database that holds the demo's public accounts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../server/config';
import { DEMO_PASSWORD } from '../../server/demo/accounts';
import { type RunningServer, startServer } from '../../server/server';

const SMALL_DEMO = { jobs: 50, seekers: 10, stationsPerCounty: 1 };
const ADMIN = { phone: '13900000001', password: 'a long admin password' };

describe('demo mode and a deployment’s first start', () => {
  const running: RunningServer[] = [];
  afterEach(async () => {
    for (const server of running.splice(0)) await server.close();
  });

  const health = async (server: RunningServer) => (await fetch(`${server.url}/api/health`)).json();
  const login = (server: RunningServer, phone: string, password: string) =>
    fetch(`${server.url}/api/auth/v1/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ phone, password, clientId: '0190f3c2-0000-7000-8000-000000000001' }),
    });

  it('reads the mode from the environment: DEMO=1 is the demo; anything else is a deployment that needs a strong admin password', () => {
    expect(configFromEnv({ DEMO: '1' }).demo).toBe(true);
    expect(configFromEnv({ DEMO: '0', ADMIN_PHONE: ADMIN.phone, ADMIN_PASSWORD: ADMIN.password })).toMatchObject({
      demo: false,
      admin: ADMIN,
    });
    expect(configFromEnv({ ADMIN_PHONE: ADMIN.phone, ADMIN_PASSWORD: ADMIN.password }).demo).toBe(false);
    expect(() => configFromEnv({ DEMO: '0', ADMIN_PHONE: ADMIN.phone, ADMIN_PASSWORD: 'short-pass1' })).toThrow(
      /12 characters/,
    );
    expect(() => configFromEnv({ ADMIN_PHONE: 'not-a-phone', ADMIN_PASSWORD: ADMIN.password })).toThrow(/ADMIN_PHONE/);
    expect(() => configFromEnv({ ADMIN_PHONE: ADMIN.phone })).toThrow(/ADMIN_PASSWORD/);
  });

  it('`npm start` is the demo and `npm run serve` the deployment', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.start).toMatch(/DEMO=1/);
    expect(scripts.serve).toBeDefined();
    expect(scripts.serve).not.toMatch(/DEMO=1/);
  });

  it('a deployment starts with no demo data and no demo accounts; its admin logs in; health says it is not a demo', async () => {
    const server = await startServer({ demo: false, admin: ADMIN });
    running.push(server);
    const [{ n }] = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM records');
    expect(n).toBe(0);
    const accounts = await server.db.query<{ phone: string; role: string }>('SELECT phone, role FROM accounts');
    expect(accounts).toEqual([{ phone: ADMIN.phone, role: 'admin' }]);
    expect((await login(server, '13800000001', DEMO_PASSWORD)).status).toBe(401);
    expect((await login(server, ADMIN.phone, ADMIN.password)).status).toBe(200);
    expect(await health(server)).toMatchObject({ ok: true, demo: false });
  });

  it('a deployment refuses to start without an admin, and on a database that holds the demo accounts', async () => {
    // What `npm run serve` starts: a deployment that needs an admin.
    await expect(startServer({ demo: false, requireAdmin: true })).rejects.toThrow(/ADMIN_PHONE/);
    const dataDir = join(mkdtempSync(join(tmpdir(), 'gig-startup-')), 'pglite');
    try {
      const demo = await startServer({ demo: SMALL_DEMO, dataDir });
      expect(await health(demo)).toMatchObject({ demo: true });
      expect((await login(demo, '13800000001', DEMO_PASSWORD)).status).toBe(200);
      await demo.close();
      // The same database started as a deployment: its public demo password must not go live.
      await expect(startServer({ demo: false, admin: ADMIN, dataDir })).rejects.toThrow(/demo/);
    } finally {
      rmSync(join(dataDir, '..'), { recursive: true, force: true });
    }
  });
});
