import { createApp } from '../server/app';
import { openDatabase } from '../server/db/database';
import { migrate } from '../server/db/migrate';
import { uuidv7 } from '../src/core/ids';
import { jobPostArgs } from '../tests/fixtures/records';
import { makeAccount, bearer } from '../tests/support/accounts';
const db = await openDatabase({});
await migrate(db);
const stats = new Map<string, [number, number]>();
const wrap = (q: any) => ({
  query: async (sql: string, params?: unknown[]) => {
    const t = performance.now();
    try {
      return await q.query(sql, params);
    } finally {
      const k = sql.replace(/\s+/g, ' ').slice(0, 60);
      const s = stats.get(k) ?? [0, 0];
      s[0]++;
      s[1] += performance.now() - t;
      stats.set(k, s);
    }
  },
});
const inner = db.transaction.bind(db);
(db as any).transaction = (work: any) => inner((tx: any) => work(wrap(tx)));
const outerQuery = db.query.bind(db);
(db as any).query = wrap({ query: outerQuery }).query;
const app = createApp({ db, limits: { pushesPerClient: Infinity } as any });
const desk = await makeAccount(db, 'station_staff');
const clientId = uuidv7();
const auth = await bearer(app, desk, clientId);
let seq = 0;
stats.clear();
const t0 = performance.now();
for (let r = 0; r < 20; r++) {
  const mutations = Array.from({ length: 50 }, () => ({
    seq: ++seq,
    id: uuidv7(),
    name: 'job.post',
    args: jobPostArgs(),
    at: Date.now(),
  }));
  const res = await app.request('/api/sync/v1/push', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...auth },
    body: JSON.stringify({ v: 1, clientId, schema: 2, mutations }),
  });
  if (res.status !== 200) console.log(await res.text());
}
console.log('server side 1000:', (performance.now() - t0).toFixed(0), 'ms');
[...stats]
  .sort((a, b) => b[1][1] - a[1][1])
  .forEach(([k, [n, t]]) => console.log(String(n).padStart(6), t.toFixed(0).padStart(7), 'ms', k));
await db.close();
