import { createApp } from '../server/app';
import { openDatabase } from '../server/db/database';
import { migrate } from '../server/db/migrate';
import { uuidv7 } from '../src/core/ids';
import { jobPostArgs } from '../tests/fixtures/records';
import { makeAccount, bearer } from '../tests/support/accounts';
const db = await openDatabase({});
await migrate(db);
const app = createApp({ db, limits: { pushesPerClient: Infinity } as any });
const desk = await makeAccount(db, 'station_staff');
const clientId = uuidv7();
const auth = await bearer(app, desk, clientId);
let seq = 0;
const t0 = performance.now();
for (let r = 0; r < 20; r++) {
  const mutations = Array.from({ length: 50 }, () => ({
    seq: ++seq,
    id: uuidv7(),
    name: 'job.post',
    args: jobPostArgs(),
    at: Date.now(),
  }));
  const t = performance.now();
  const res = await app.request('/api/sync/v1/push', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...auth },
    body: JSON.stringify({ v: 1, clientId, schema: 2, mutations }),
  });
  if (res.status !== 200) console.log(await res.text());
  if (r < 3) console.log('batch', (performance.now() - t).toFixed(0), 'ms');
}
console.log('server side 1000:', (performance.now() - t0).toFixed(0), 'ms');
await db.close();
