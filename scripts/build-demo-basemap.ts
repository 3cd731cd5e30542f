/**
 * Builds public/tiles/demo-basemap.pmtiles: a small vector basemap for the demo counties,
 * so the demo and the browser tests exercise the same PMTiles path a deployment uses.
 *
 *   node --import tsx scripts/build-demo-basemap.ts
 *
 * Content is deliberately neutral (MAPS.md §1.7): a pale "earth" disc around each demo
 * county's stations, a graticule, and place labels for the towns the demo stations stand
 * in, at those stations' coordinates. No boundary lines of any kind and no invented water
 * or roads: a fake river could put a station on the wrong bank. Layer names follow the
 * Protomaps basemap schema (earth, places) so a real deployment's archive uses the same style.
 *
 * No npm package writes PMTiles, so the v3 writer is here: one header and one root
 * directory (MAPS.md §1.1), tiles deduplicated by content, Hilbert tile ids from pmtiles.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import type { Feature as GeoFeature, FeatureCollection, Geometry } from 'geojson';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { zxyToTileId } from 'pmtiles';
import { circleRing, distanceMeters, type LatLon } from '../src/core/geo';
import type { Station } from '../src/core/records';
import { regionName } from '../src/core/regions';
import { countyOf, townOf } from '../src/core/regions/codes';
import { openDatabase } from '../server/db/database';
import { migrate } from '../server/db/migrate';
import { DEFAULT_DEMO, seedDemo } from '../server/demo/seed';

const OUT = resolve('public/tiles/demo-basemap.pmtiles');
const MIN_ZOOM = 0;
const MAX_ZOOM = 13;

type Feature = GeoFeature<Geometry, Record<string, string | number>>;
interface County {
  code: string;
  center: LatLon;
  radiusM: number;
  stations: Station[];
}

// ---- 1. the demo stations, exactly as the server seeds them ----

async function demoStations(): Promise<Station[]> {
  const db = await openDatabase({});
  try {
    await migrate(db);
    await seedDemo(db, DEFAULT_DEMO);
    const rows = await db.query<{ data: Station }>(`SELECT data FROM records WHERE kind = 'station'`);
    // Ids are random; names are not, so this order keeps the archive reproducible.
    return rows.map((r) => r.data).sort((a, b) => a.name.localeCompare(b.name));
  } finally {
    await db.close();
  }
}

function counties(stations: Station[]): County[] {
  const byCounty = new Map<string, Station[]>();
  for (const s of stations) byCounty.set(countyOf(s.regionCode), [...(byCounty.get(countyOf(s.regionCode)) ?? []), s]);
  return [...byCounty].map(([code, list]) => {
    const center = {
      lat: list.reduce((sum, s) => sum + s.lat, 0) / list.length,
      lon: list.reduce((sum, s) => sum + s.lon, 0) / list.length,
    };
    const radiusM = Math.max(...list.map((s) => distanceMeters(center, s))) + 6000;
    return { code, center, radiusM, stations: list };
  });
}

// ---- 2. neutral content ----

const point = (p: LatLon, props: Feature['properties']): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
  properties: props,
});

function earth(list: County[]): Feature[] {
  return list.map((c) => ({
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [circleRing(c.center, c.radiusM, 96)] },
    properties: { kind: 'earth' },
  }));
}

/** Town labels at their station; the county's name at the middle of its stations. */
function places(list: County[]): Feature[] {
  return list.flatMap((c) => {
    const towns = c.stations.flatMap((s) => {
      const town = townOf(s.regionCode);
      return town ? [point(s, { name: regionName(town) ?? '', kind: 'locality', min_zoom: 10 })] : [];
    });
    const county = point(c.center, { name: regionName(c.code) ?? '', kind: 'locality', min_zoom: 7, rank: 1 });
    return [county, ...towns].filter((f) => f.properties.name !== '');
  });
}

/** Lines every 0.1° (major) and 0.02° (minor, ~2 km) over each county's box. */
function graticule(list: County[]): Feature[] {
  const lines: Feature[] = [];
  for (const c of list) {
    const r = c.radiusM / 111_000 + 0.1;
    const lat0 = Math.floor((c.center.lat - r) * 50) / 50;
    const lat1 = Math.ceil((c.center.lat + r) * 50) / 50;
    const lon0 = Math.floor((c.center.lon - r * 1.4) * 50) / 50;
    const lon1 = Math.ceil((c.center.lon + r * 1.4) * 50) / 50;
    const line = (coords: number[][], i: number): Feature => ({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: coords },
      properties: { kind: i % 5 === 0 ? 'major' : 'minor' },
    });
    for (let i = Math.round(lat0 * 50); i <= Math.round(lat1 * 50); i++) {
      lines.push(
        line(
          [
            [lon0, i / 50],
            [lon1, i / 50],
          ],
          i,
        ),
      );
    }
    for (let i = Math.round(lon0 * 50); i <= Math.round(lon1 * 50); i++) {
      lines.push(
        line(
          [
            [i / 50, lat0],
            [i / 50, lat1],
          ],
          i,
        ),
      );
    }
  }
  return lines;
}

// ---- 3. tiling ----

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

function tileRange(c: County, z: number) {
  const n = 2 ** z;
  const r = c.radiusM / 111_000 + 0.1;
  const x = (lon: number) => Math.floor(((lon + 180) / 360) * n);
  const y = (lat: number) => {
    const s = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    return Math.floor(((1 - s / Math.PI) / 2) * n);
  };
  return {
    x0: x(c.center.lon - r * 1.4),
    x1: x(c.center.lon + r * 1.4),
    y0: y(c.center.lat + r),
    y1: y(c.center.lat - r),
  };
}

function tiles(list: County[]): Map<number, Uint8Array> {
  const layers = {
    earth: new GeoJSONVT(collection(earth(list)), { maxZoom: MAX_ZOOM, indexMaxZoom: 5 }),
    places: new GeoJSONVT(collection(places(list)), { maxZoom: MAX_ZOOM, indexMaxZoom: 5 }),
    graticule: new GeoJSONVT(collection(graticule(list)), { maxZoom: MAX_ZOOM, indexMaxZoom: 5 }),
  };
  const out = new Map<number, Uint8Array>();
  for (let z = MIN_ZOOM; z <= MAX_ZOOM; z++) {
    for (const c of list) {
      const { x0, x1, y0, y1 } = tileRange(c, z);
      for (let x = x0; x <= x1; x++) {
        for (let y = y0; y <= y1; y++) {
          const id = zxyToTileId(z, x, y);
          if (out.has(id)) continue;
          const found = Object.entries(layers)
            .map(([name, index]) => [name, index.getTile(z, x, y)] as const)
            .filter(([, tile]) => tile && tile.features.length > 0);
          if (found.length === 0) continue;
          const pbf = fromGeojsonVt(Object.fromEntries(found) as never, { version: 2, extent: 4096 });
          out.set(id, gzipSync(pbf, { level: 9 }));
        }
      }
    }
  }
  return out;
}

// ---- 4. the PMTiles v3 writer ----

function varints(values: number[]): number[] {
  const bytes: number[] = [];
  for (let v of values) {
    while (v >= 0x80) {
      bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    bytes.push(v);
  }
  return bytes;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/** Directory: count, then delta tile ids, run lengths, lengths, offsets (0 = "right after the previous"). */
function directory(entries: Entry[]): Buffer {
  const offsets = entries.map((e, i) => {
    const prev = entries[i - 1];
    return i > 0 && e.offset === prev.offset + prev.length ? 0 : e.offset + 1;
  });
  const bytes = varints([
    entries.length,
    ...entries.map((e, i) => e.tileId - (i > 0 ? entries[i - 1].tileId : 0)),
    ...entries.map((e) => e.runLength),
    ...entries.map((e) => e.length),
    ...offsets,
  ]);
  return gzipSync(Buffer.from(bytes), { level: 9 });
}

function writePmtiles(tileMap: Map<number, Uint8Array>, list: County[]): Buffer {
  const ids = [...tileMap.keys()].sort((a, b) => a - b);
  const entries: Entry[] = [];
  const chunks: Uint8Array[] = [];
  const seen = new Map<string, { offset: number; length: number }>();
  let dataLength = 0;
  for (const id of ids) {
    const bytes = tileMap.get(id)!;
    const hash = createHash('sha256').update(bytes).digest('hex');
    let at = seen.get(hash);
    if (!at) {
      at = { offset: dataLength, length: bytes.length };
      seen.set(hash, at);
      chunks.push(bytes);
      dataLength += bytes.length;
    }
    const last = entries[entries.length - 1];
    // Consecutive ids with the same content collapse into one run.
    if (last && last.tileId + last.runLength === id && last.offset === at.offset) last.runLength++;
    else entries.push({ tileId: id, offset: at.offset, length: at.length, runLength: 1 });
  }

  const root = directory(entries);
  const bounds = list.flatMap((c) => [c.center.lon - 0.5, c.center.lat - 0.5, c.center.lon + 0.5, c.center.lat + 0.5]);
  const minLon = Math.min(...bounds.filter((_, i) => i % 4 === 0));
  const minLat = Math.min(...bounds.filter((_, i) => i % 4 === 1));
  const maxLon = Math.max(...bounds.filter((_, i) => i % 4 === 2));
  const maxLat = Math.max(...bounds.filter((_, i) => i % 4 === 3));
  const metadata = gzipSync(
    Buffer.from(
      JSON.stringify({
        name: 'gig-station demo basemap',
        description: 'Neutral demo content: graticule, demo-county context, town labels. No boundaries.',
        attribution: '零工驿站 demo',
        vector_layers: ['earth', 'places', 'graticule'].map((id) => ({ id, fields: {} })),
      }),
    ),
  );

  const HEADER = 127;
  if (HEADER + root.length > 16_384)
    throw new Error('root directory over 16 KiB: add leaf directories or lower MAX_ZOOM');
  const metadataOffset = HEADER + root.length;
  const dataOffset = metadataOffset + metadata.length;
  const header = Buffer.alloc(HEADER);
  header.write('PMTiles', 0, 'ascii');
  header.writeUInt8(3, 7);
  const u64 = (value: number, at: number) => header.writeBigUInt64LE(BigInt(value), at);
  u64(HEADER, 8);
  u64(root.length, 16);
  u64(metadataOffset, 24);
  u64(metadata.length, 32);
  u64(dataOffset, 40); // no leaf directories
  u64(0, 48);
  u64(dataOffset, 56);
  u64(dataLength, 64);
  u64(ids.length, 72);
  u64(entries.length, 80);
  u64(chunks.length, 88);
  header.writeUInt8(1, 96); // clustered: tile data is in tile-id order
  header.writeUInt8(2, 97); // internal compression: gzip
  header.writeUInt8(2, 98); // tile compression: gzip
  header.writeUInt8(1, 99); // tile type: MVT
  header.writeUInt8(MIN_ZOOM, 100);
  header.writeUInt8(MAX_ZOOM, 101);
  const e7 = (deg: number, at: number) => header.writeInt32LE(Math.round(deg * 1e7), at);
  e7(minLon, 102);
  e7(minLat, 106);
  e7(maxLon, 110);
  e7(maxLat, 114);
  header.writeUInt8(11, 118);
  e7(list[0].center.lon, 119);
  e7(list[0].center.lat, 123);
  return Buffer.concat([header, root, metadata, ...chunks]);
}

const list = counties(await demoStations());
const tileMap = tiles(list);
const archive = writePmtiles(tileMap, list);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, archive);
console.log(`${OUT}: ${archive.length} bytes, ${tileMap.size} tiles, ${list.length} counties`);
