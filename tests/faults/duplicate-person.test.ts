/**
 * SYNC.md T16: two field staff register the same person offline on two devices. The server
 * keeps both, opens one "possible duplicate" review, and after a desk merge both devices hold
 * one profile under one id with every field either of them entered.
 */
import { describe, expect, it } from 'vitest';
import { mutate } from '../../src/db/mutate';
import { seekerRegisterArgs } from '../fixtures/records';
import { DATABASES } from '../server/databases';
import { makeAccount } from '../support/accounts';
import { openDevice, switchableFetch, syncUntilDrained } from './devices';
import { count, servedPerTest } from './serve';

describe.each(DATABASES)('duplicate person on $name', (database) => {
  const serving = servedPerTest(database);

  it('T16 duplicate person: the same person registered offline on 2 devices → both ids kept, 1 review item, after the merge both devices converge to 1 id with 0 fields lost', async () => {
    const served = serving();
    const scope = { counties: ['630103'] };
    const [fieldA, fieldB] = [
      await makeAccount(served.db, 'field_staff', scope),
      await makeAccount(served.db, 'field_staff', scope),
    ];
    const netA = switchableFetch();
    const netB = switchableFetch();
    const a = await openDevice({ baseUrl: served.proxy.url, account: fieldA, server: served.db, fetch: netA.fetch });
    const b = await openDevice({ baseUrl: served.proxy.url, account: fieldB, server: served.db, fetch: netB.fetch });
    netA.link.online = false;
    netB.link.online = false;
    const seenByA = seekerRegisterArgs({ name: '李秀英', phone: '13912345678', village: '总寨村', skills: ['保洁'] });
    const seenByB = seekerRegisterArgs({
      name: '李秀英',
      phone: '13912345678',
      birthYear: 1980,
      skills: ['做饭'],
      experience: '食堂帮厨三年',
    });
    await mutate(a.db, 'seeker.register', seenByA);
    await mutate(b.db, 'seeker.register', seenByB);
    netA.link.online = true;
    netB.link.online = true;
    await syncUntilDrained(a);
    await syncUntilDrained(b);
    await a.engine.syncOnce();

    expect(await count(served.db, `SELECT count(*)::int AS n FROM records WHERE kind = 'seeker' AND NOT deleted`)).toBe(
      2,
    );
    expect(await count(served.db, `SELECT count(*)::int AS n FROM records WHERE kind = 'review'`)).toBe(1);
    const [review] = await a.db.reviews.toArray();
    expect(review).toMatchObject({ kind: 'possible_duplicate', seekerIds: [seenByA.id, seenByB.id], status: 'open' });
    expect(await a.db.seekers.count()).toBe(2);

    await mutate(a.db, 'review.resolve', { id: review.id, outcome: 'merged', keep: seenByA.id });
    await syncUntilDrained(a);
    await syncUntilDrained(b);
    for (const device of [a, b]) {
      const seekers = await device.db.seekers.toArray();
      expect(seekers.map((s) => s.id)).toEqual([seenByA.id]);
      expect(seekers[0]).toMatchObject({
        name: '李秀英',
        phone: '13912345678',
        village: '总寨村',
        birthYear: 1980,
        experience: '食堂帮厨三年',
        skills: ['保洁', '做饭'],
      });
      expect((await device.db.reviews.toArray()).map((r) => r.status)).toEqual(['merged']);
    }
  });
});
