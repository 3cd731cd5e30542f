/**
 * Issue 13, a station's photo: `PUT /api/stations/:id/photo` from the station's desk or an
 * admin only (docs/ACCESS.md), a JPEG of at most 150 KB; the station record learns the hash
 * in a normal pull; `GET` serves the bytes to anyone, cached by hash.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountView } from '../../src/core/auth';
import { uuidv7 } from '../../src/core/ids';
import { decodeRows, PULL_PATH, type PullResponse, SCHEMA_VERSION } from '../../src/core/protocol';
import type { Station } from '../../src/core/records';
import { STATION_PHOTO_MAX_BYTES, stationPhotoPath } from '../../src/core/station-photo';
import { stationEdit } from '../../src/features/stations/edit';
import type { Database } from '../../server/db/database';
import { readRecord, writeRecords } from '../../server/sync/record-store';
import { station } from '../fixtures/records';
import { bearer, makeAccount } from '../support/accounts';
import { DATABASES, openApp, postJson, pushOne, type TestApp } from './databases';

/** A JPEG as far as the server looks (its start marker), `size` bytes long, its bytes set by `seed`. */
function jpeg(size: number, seed = 1): Uint8Array {
  const bytes = new Uint8Array(size).map((_, i) => (i * seed) % 251);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}

const sha256 = async (bytes: Uint8Array) =>
  Buffer.from(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)).toString('hex');

describe.each(DATABASES)('a station’s photo on $name', (database) => {
  let db: Database;
  let app: TestApp;
  let stationA: Station;
  let stationB: Station;
  let deskA: AccountView;

  beforeEach(async () => {
    ({ db, app } = await openApp(database));
    stationA = station({ regionCode: '630103100' });
    stationB = station({ regionCode: '150525100', name: '大沁他拉镇零工驿站' });
    await db.transaction((tx) =>
      writeRecords(tx, [
        { kind: 'station', record: stationA },
        { kind: 'station', record: stationB },
      ]),
    );
    deskA = await makeAccount(db, 'station_staff', { stationIds: [stationA.id], counties: ['630103'] });
  });
  afterEach(async () => {
    await db.close();
  });

  const upload = async (stationId: string, body: Uint8Array, account?: AccountView) =>
    app.request(stationPhotoPath(stationId), {
      method: 'PUT',
      headers: { 'Content-Type': 'image/jpeg', ...(account ? await bearer(app, account, uuidv7()) : {}) },
      body: body as Uint8Array<ArrayBuffer>,
    });

  it('stores the desk’s JPEG, bumps the station’s version, and a pull carries the hash', async () => {
    const before = (await readRecord(db, 'station', stationA.id))!;
    const photo = jpeg(40_000);
    const response = await upload(stationA.id, photo, deskA);
    expect(response.status, await response.clone().text()).toBe(200);
    const hash = await sha256(photo);
    expect(await response.json()).toMatchObject({ hash });

    const after = (await readRecord(db, 'station', stationA.id))!;
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.photo?.hash).toBe(hash);
    expect(after).toMatchObject({ name: stationA.name, services: stationA.services });

    // Any phone learns of it in a normal pull (stations are in every phone's buckets).
    const worker = await makeAccount(db, 'worker');
    const pull = await postJson(
      app,
      PULL_PATH,
      { v: 1, clientId: uuidv7(), schema: SCHEMA_VERSION, epoch: null, buckets: {} },
      await bearer(app, worker, uuidv7()),
    );
    const body = (await pull.json()) as PullResponse;
    const pulled = Object.values(body.buckets)
      .flatMap((bucket) => Object.values(bucket.put).flatMap((rows) => decodeRows(rows!)))
      .find((record) => record.id === stationA.id) as Station | undefined;
    expect(pulled?.photo?.hash).toBe(hash);
  });

  it('serves the bytes to anyone with the hash as ETag, 304 when the phone has them', async () => {
    expect((await app.request(stationPhotoPath(stationA.id))).status).toBe(404);
    const photo = jpeg(20_000, 7);
    expect((await upload(stationA.id, photo, deskA)).status).toBe(200);

    const response = await app.request(`${stationPhotoPath(stationA.id)}?v=x`, {
      headers: { 'Accept-Encoding': 'br, gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/jpeg');
    expect(response.headers.get('Content-Encoding')).toBeNull();
    expect(response.headers.get('Cache-Control')).toMatch(/^public, max-age=\d+$/);
    const etag = response.headers.get('ETag');
    expect(etag).toBe(`"${await sha256(photo)}"`);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(photo);

    const again = await app.request(stationPhotoPath(stationA.id), { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    // A new photo replaces the old: a new hash, and the old ETag no longer matches.
    expect((await upload(stationA.id, jpeg(20_000, 3), deskA)).status).toBe(200);
    const replaced = await app.request(stationPhotoPath(stationA.id), { headers: { 'If-None-Match': etag! } });
    expect(replaced.status).toBe(200);
    expect(replaced.headers.get('ETag')).not.toBe(etag);
  });

  it('lets an admin upload anywhere, and refuses other roles and other places', async () => {
    const admin = await makeAccount(db, 'admin');
    expect((await upload(stationB.id, jpeg(1000), admin)).status).toBe(200);

    const refusals: [AccountView | undefined, string][] = [
      [undefined, 'FORBIDDEN'],
      [await makeAccount(db, 'worker'), 'FORBIDDEN'],
      [await makeAccount(db, 'employer'), 'FORBIDDEN'],
      // Field staff do not keep stations' details (station.save is a desk's), even in their county.
      [await makeAccount(db, 'field_staff', { counties: ['630103'] }), 'FORBIDDEN'],
      [await makeAccount(db, 'station_staff', { stationIds: [stationB.id], counties: ['150525'] }), 'OUT_OF_SCOPE'],
      // Another station's desk in the same county.
      [await makeAccount(db, 'station_staff', { stationIds: [uuidv7()], counties: ['630103'] }), 'OUT_OF_SCOPE'],
    ];
    for (const [account, code] of refusals) {
      const response = await upload(stationA.id, jpeg(1000), account);
      expect(response.status, account?.role ?? 'nobody').toBe(403);
      expect(await response.json()).toMatchObject({ error: code });
    }
    expect((await readRecord(db, 'station', stationA.id))!.photo).toBeUndefined();
  });

  it('refuses what is not a JPEG (400) and a picture over the limit (413), storing nothing', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
    const notJpeg = await upload(stationA.id, png, deskA);
    expect(notJpeg.status).toBe(400);
    expect(await notJpeg.json()).toMatchObject({ error: 'NOT_JPEG' });

    const tooBig = await upload(stationA.id, jpeg(STATION_PHOTO_MAX_BYTES + 1), deskA);
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({ error: 'PHOTO_TOO_LARGE' });
    expect((await upload(stationA.id, jpeg(STATION_PHOTO_MAX_BYTES), deskA)).status).toBe(200);

    expect((await upload(uuidv7(), jpeg(1000), deskA)).status).toBe(404);
    expect((await upload('not-an-id', jpeg(1000), deskA)).status).toBe(404);
  });

  it('keeps the photo through a later station.save, which cannot set one itself', async () => {
    const photo = jpeg(5000);
    expect((await upload(stationA.id, photo, deskA)).status).toBe(200);
    const withPhoto = (await readRecord(db, 'station', stationA.id))!;
    const sender = { headers: await bearer(app, deskA, uuidv7()), clientId: uuidv7(), seq: 0 };
    // An edit made before the photo came (the phone's older copy), with a forged photo on top.
    const args = {
      ...stationEdit(stationA, { ...stationA, phone: '13800000009' }),
      photo: { hash: 'f'.repeat(64), at: 1 },
    };
    const { status, body } = await pushOne(app, sender, 'station.save', args, uuidv7(), Date.now());
    expect(status).toBe(200);
    expect(body.results![0]).toMatchObject({ ok: true });
    const saved = (await readRecord(db, 'station', stationA.id))!;
    expect(saved.phone).toBe('13800000009');
    expect(saved.photo).toEqual(withPhoto.photo);
  });
});
