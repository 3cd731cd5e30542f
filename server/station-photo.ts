/**
 * A station's photo (issue 13). `PUT /api/stations/:id/photo` takes a JPEG of at most
 * STATION_PHOTO_MAX_BYTES from the station's desk or an admin (the scope `station.save` has),
 * keeps it in `station_photos` and stamps the station record with its hash, through the
 * record store, so the station's version bumps and every phone learns of it in a normal pull.
 * `GET` serves it to anyone (a station's photo is as public as the station), cached by hash.
 */
import { createHash } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { DESK_ROLES, mayEditStation } from '../src/core/access';
import { isJpeg, STATION_PHOTO_MAX_BYTES } from '../src/core/station-photo';
import type { Database } from './db/database';
import { actorOf } from './http/actor';
import { HttpError, readCapped } from './http/body';
import { readRecord } from './sync/record-store';
import { ServerMutationTx } from './sync/server-tx';

const PATH = '/api/stations/:id/photo';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * Phones ask with `?v=<hash>`, a URL that never changes meaning, but a plain GET may meet a
 * newer photo: a day's cache, revalidated by ETag, suits both.
 */
const CACHE_CONTROL = 'public, max-age=86400';

interface StoredPhoto {
  bytes: Uint8Array;
  sha256: string;
  content_type: string;
}

export function mountStationPhotos(
  app: Hono,
  { db, key, now }: { db: Database; key: () => Promise<string>; now: () => number },
) {
  app.put(PATH, async (c) => {
    const actor = await actorOf(c, { db, key, now: now() });
    const station = await liveStation(db, c);
    if (!DESK_ROLES.includes(actor.role))
      throw new HttpError(403, 'FORBIDDEN', `${actor.role} may not change station photos`);
    if (!mayEditStation(actor, station))
      throw new HttpError(403, 'OUT_OF_SCOPE', 'outside the stations and counties you work for');
    const bytes = await readCapped(c, STATION_PHOTO_MAX_BYTES).catch((error: unknown) => {
      if (error instanceof HttpError && error.status === 413)
        throw new HttpError(413, 'PHOTO_TOO_LARGE', `a station photo is at most ${STATION_PHOTO_MAX_BYTES} bytes`);
      throw error;
    });
    if (!isJpeg(bytes)) throw new HttpError(400, 'NOT_JPEG', 'the body is not a JPEG picture');
    const hash = createHash('sha256').update(bytes).digest('hex');
    const at = now();
    await db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO station_photos (station_id, bytes, sha256, content_type, updated_at, updated_by)
         VALUES ($1, $2, $3, 'image/jpeg', to_timestamp($4 / 1000.0), $5)
         ON CONFLICT (station_id) DO UPDATE SET bytes = EXCLUDED.bytes, sha256 = EXCLUDED.sha256,
           content_type = EXCLUDED.content_type, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
        [station.id, bytes, hash, at, actor.userId],
      );
      // Read again inside the transaction: a station.save committed meanwhile keeps its changes.
      const store = new ServerMutationTx(tx);
      const current = await store.get('station', station.id);
      if (!current) throw new HttpError(404, 'NOT_FOUND', 'no such station');
      await store.put('station', { ...current, photo: { hash, at }, updatedAt: at });
      await store.commit();
    });
    return c.json({ hash, at });
  });

  app.get(PATH, async (c) => {
    const id = stationIdOf(c);
    const [photo] = await db.query<StoredPhoto>(
      'SELECT bytes, sha256, content_type FROM station_photos WHERE station_id = $1',
      [id],
    );
    if (!photo) throw new HttpError(404, 'NOT_FOUND', 'this station has no photo');
    const etag = `"${photo.sha256}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', CACHE_CONTROL);
    if (c.req.header('if-none-match')?.split(/,\s*/).includes(etag)) return c.body(null, 304);
    c.header('Content-Type', photo.content_type);
    return c.body(new Uint8Array(photo.bytes));
  });
}

function stationIdOf(c: Context): string {
  const id = c.req.param('id') ?? '';
  if (!UUID.test(id)) throw new HttpError(404, 'NOT_FOUND', 'no such station');
  return id.toLowerCase();
}

async function liveStation(db: Database, c: Context) {
  const station = await readRecord(db, 'station', stationIdOf(c));
  if (!station || station.deleted) throw new HttpError(404, 'NOT_FOUND', 'no such station');
  return station;
}
