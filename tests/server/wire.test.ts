/**
 * What travels on the wire (issue 15): pull pages in row format 2 decode to exactly what
 * format 1 gives, whatever the strings and shapes; answers are brotli or gzip as the client
 * accepts; the built app is served from its precompressed copies with the right caching.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids';
import {
  columnsOf,
  decodeRows,
  encodeRows,
  type PullResponse,
  type PushResponse,
  SCHEMA_VERSION,
} from '../../src/core/protocol';
import type { AnyRecord, Kind } from '../../src/core/records';
import { createApp } from '../../server/app';
import { openDatabase } from '../../server/db/database';
import { migrate } from '../../server/db/migrate';
import { packRows } from '../../server/sync/pack-rows';
import { writeRecords } from '../../server/sync/record-store';
import { jobPostArgs, serverJob } from '../fixtures/records';
import { bearer, makeAccount } from '../support/accounts';
import { DATABASES, openApp, postJson } from './databases';

/** Format 2 against format 1 for the same records: the decoded records must be equal. */
function roundTrip(kind: Kind, records: AnyRecord[]) {
  const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value));
  const packed = overTheWire(packRows(records, columnsOf(kind)));
  expect(decodeRows(packed)).toEqual(decodeRows(overTheWire(encodeRows(kind, records))));
  return packed;
}

const ODD_STRINGS = [
  '',
  ' ',
  '"quoted" \\ back\\slash',
  'line\nbreak\ttab',
  '\u0000\u001f control',
  '😀 emoji 𠮷 outside the BMP',
  '~id',
  'verification.at',
  '123',
  'null',
  '{"looks":"like json"}',
  '\u2028\u2029 separators',
];

describe('row format 2 (packed)', () => {
  it('decodes jobs with odd strings, absent fields and mixed numbers exactly as format 1 does', () => {
    const jobs = ODD_STRINGS.map((text, i) =>
      serverJob({
        id: uuidv7(1_700_000_000_000 + i * 1000),
        title: text || '保洁',
        description: i % 3 ? text : undefined,
        employerName: ODD_STRINGS[(i * 5) % ODD_STRINGS.length] || undefined,
        place: i % 2 ? text : '总寨镇',
        benefits: i % 4 ? ['meals'] : [],
        skills: [text, '屠宰'],
        wageMin: -i * 7,
        wageMax: Number.MAX_SAFE_INTEGER - i,
        lat: 36.5 + i / 7,
        headcount: i % 2 ? 3 : 3.5,
        durationDays: i % 3 ? undefined : i,
        verification:
          i % 2 ? { state: 'verified', method: 'callback', at: 1_700_000_000_000 + i } : { state: 'unverified' },
        postedAt: 1_700_000_000_000 + i * 1000,
        updatedAt: 1_700_000_000_000 + i * 1000,
        expiresAt: 1_700_000_000_000 + i * 1000 + 30 * 86_400_000,
        version: 100 + i,
      }),
    );
    const packed = roundTrip('job', jobs);
    // The job's id holds its posting time: the id's time is a helper column and the posting time refers to it.
    expect(packed.cols[0]).toBe('~id');
  });

  it('decodes a page of one row and an empty page', () => {
    roundTrip('job', [serverJob()]);
    expect(decodeRows(packRows([], columnsOf('job')))).toEqual([]);
  });

  it('keeps maps keyed by user text whole and copies shared values, so records never share an object', () => {
    const seekers = [0, 1, 2].map(
      (i) =>
        ({
          id: uuidv7(),
          version: i + 1,
          updatedAt: 1,
          deleted: false,
          // Not a record schema's field: format 1 leaves it out, and so must format 2.
          extra: 'x',
          clocks: { 'name with space': i, 'a.b': 2 },
          tags: ['same'],
        }) as unknown as AnyRecord,
    );
    const names = ['id', 'version', 'updatedAt', 'deleted', 'clocks', 'tags'];
    const decoded = decodeRows(JSON.parse(JSON.stringify(packRows(seekers, names)))) as unknown as Record<
      string,
      unknown
    >[];
    expect(decoded.map((r) => r.clocks)).toEqual(seekers.map((s) => (s as unknown as { clocks: unknown }).clocks));
    expect(decoded[0].extra).toBeUndefined();
    (decoded[0].tags as string[]).push('changed');
    expect(decoded[1].tags).toEqual(['same']);
  });

  it('decodes random jobs exactly (200 pages of random shapes)', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const pick = <T>(values: T[]) => values[Math.floor(random() * values.length)];
    for (let page = 0; page < 200; page++) {
      const jobs = Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
        serverJob({
          id: random() < 0.9 ? uuidv7(1_600_000_000_000 + Math.floor(random() * 1e10)) : crypto.randomUUID(),
          title: pick(ODD_STRINGS) || '工',
          wageMin: pick([0, 1, -5, 2 ** 40, 0.5]),
          lat: pick([36.1, 36.12345, 0]),
          durationDays: pick([undefined, 1, 30]),
          benefits: pick([[], ['meals'], ['meals', 'lodging']]),
          verification: pick([
            { state: 'unverified' as const },
            { state: 'verified' as const, method: 'onsite' as const },
          ]),
          postedAt: pick([1, 2, 1_700_000_000_000]),
        }),
      );
      roundTrip('job', jobs);
    }
  });
});

describe.each(DATABASES)('pulls in row format 2 on $name', (database) => {
  it('carry the same records and tombstones as format 1, deletes included', async () => {
    const { db, app } = await openApp(database, 4);
    try {
      const clientId = uuidv7();
      const desk = await bearer(app, await makeAccount(db, 'station_staff', { counties: ['630103'] }), clientId);
      const posts = Array.from({ length: 6 }, () => jobPostArgs({ regionCode: '630103100' }));
      const push = async (seq: number, name: string, args: unknown) => {
        const mutations = [{ seq, id: uuidv7(), name, args, at: Date.now() }];
        const pushed = await postJson(
          app,
          '/api/sync/v1/push',
          { v: 1, clientId, schema: SCHEMA_VERSION, mutations },
          desk,
        );
        expect(((await pushed.json()) as PushResponse).results.filter((r) => !r.ok)).toEqual([]);
      };
      for (const [i, args] of posts.entries()) await push(i + 1, 'job.post', args);

      const reader = uuidv7();
      const pullAll = async (format: 1 | 2, from: Record<string, number>) => {
        let cursors = { ...from };
        const rows: AnyRecord[] = [];
        const removed: string[] = [];
        for (let i = 0; i < 20; i++) {
          const response = await postJson(app, '/api/sync/v1/pull', {
            v: 1,
            clientId: reader,
            schema: SCHEMA_VERSION,
            epoch: null,
            buckets: cursors,
            counties: ['630103'],
            format,
          });
          const page = (await response.json()) as PullResponse;
          for (const bucket of Object.values(page.buckets)) {
            for (const put of Object.values(bucket.put)) if (put) rows.push(...decodeRows(put));
            for (const rm of Object.values(bucket.rm)) removed.push(...(rm ?? []).map(([id]) => id));
          }
          cursors = { ...cursors, ...Object.fromEntries(Object.entries(page.buckets).map(([b, p]) => [b, p.next])) };
          if (!Object.values(page.buckets).some((b) => b.more)) break;
        }
        return { rows, removed, cursors };
      };
      const first = await pullAll(2, {});
      expect(await pullAll(1, {})).toEqual(first);
      expect(first.rows.filter((r) => posts.some((p) => p.id === r.id))).toHaveLength(6);

      // A device that has the jobs gets the tombstone of a removed one, packed or not.
      await push(7, 'job.remove', { id: posts[0].id });
      const after = await pullAll(2, first.cursors);
      expect(await pullAll(1, first.cursors)).toEqual(after);
      expect(after.removed).toEqual([posts[0].id]);
      expect(after.rows).toEqual([]);
    } finally {
      await db.close();
    }
  });
});

describe('compressed answers', () => {
  let app: ReturnType<typeof createApp>;
  let close: () => Promise<void>;
  let dist: string;
  const bundle = `console.log(${JSON.stringify('零工驿站 '.repeat(400))});`;

  beforeAll(async () => {
    const db = await openDatabase({});
    await migrate(db);
    // Enough jobs for a pull answer worth compressing.
    await writeRecords(
      db,
      Array.from({ length: 20 }, () => ({ kind: 'job' as const, record: serverJob({ regionCode: '630103100' }) })),
    );
    dist = mkdtempSync(join(tmpdir(), 'gig-dist-'));
    mkdirSync(join(dist, 'assets'));
    const write = (name: string, text: string, compressed = true) => {
      writeFileSync(join(dist, name), text);
      if (!compressed) return;
      // Marked copies, so the test sees which file was sent.
      writeFileSync(join(dist, `${name}.br`), brotliCompressSync(`${text}/*br*/`));
      writeFileSync(join(dist, `${name}.gz`), gzipSync(`${text}/*gz*/`));
    };
    write('index.html', '<!doctype html><title>零工驿站</title>');
    write('sw.js', bundle);
    write('assets/index-abc123.js', bundle);
    write('assets/plain-def456.js', 'x', false);
    app = createApp({ db, staticDir: dist });
    close = async () => {
      await db.close();
      rmSync(dist, { recursive: true });
    };
  });
  afterAll(() => close());

  const get = (path: string, accept?: string) =>
    app.request(path, { headers: accept === undefined ? {} : { 'Accept-Encoding': accept } });

  it('serves a hashed asset as brotli, gzip or plain by Accept-Encoding, always with Vary and immutable caching', async () => {
    const br = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(`${bundle}/*br*/`);
    const gz = await get('/assets/index-abc123.js', 'gzip');
    expect(gz.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(`${bundle}/*gz*/`);
    const plain = await get('/assets/index-abc123.js');
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(await plain.text()).toBe(bundle);
    const refused = await get('/assets/index-abc123.js', 'br;q=0, identity');
    expect(refused.headers.get('Content-Encoding')).toBeNull();
    for (const answer of [br, gz, plain, refused]) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get('Content-Type')).toContain('javascript');
      expect(answer.headers.get('Vary')).toContain('Accept-Encoding');
      expect(answer.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    }
    const uncompressed = await get('/assets/plain-def456.js', 'br');
    expect(uncompressed.headers.get('Content-Encoding')).toBeNull();
    expect(await uncompressed.text()).toBe('x');
  });

  it('serves the shell and the service worker compressed but never cached without asking', async () => {
    for (const path of ['/', '/index.html', '/sw.js']) {
      const answer = await get(path, 'br');
      expect(answer.status).toBe(200);
      expect(answer.headers.get('Content-Encoding')).toBe('br');
      expect(answer.headers.get('Cache-Control')).toBe('no-cache');
      expect(answer.headers.get('Vary')).toContain('Accept-Encoding');
    }
  });

  it('compresses API answers with brotli or gzip as accepted, and leaves them plain otherwise', async () => {
    const body = { v: 1, clientId: uuidv7(), schema: SCHEMA_VERSION, epoch: null, buckets: {}, format: 2 };
    const pull = (accept?: string) =>
      app.request('/api/sync/v1/pull', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(accept ? { 'Accept-Encoding': accept } : {}) },
        body: JSON.stringify(body),
      });
    const plain = await pull();
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    const expected = (await plain.json()) as PullResponse;
    const decoded = async (answer: Response, encoding: string, decode: (b: Buffer) => Buffer) => {
      expect(answer.headers.get('Content-Encoding')).toBe(encoding);
      expect(answer.headers.get('Vary')).toContain('Accept-Encoding');
      const json = JSON.parse(decode(Buffer.from(await answer.arrayBuffer())).toString()) as PullResponse;
      return { ...json, serverTime: expected.serverTime };
    };
    expect(await decoded(await pull('gzip, deflate, br'), 'br', brotliDecompressSync)).toEqual(expected);
    expect(await decoded(await pull('gzip'), 'gzip', gunzipSync)).toEqual(expected);
    expect(await decoded(await pull('br;q=0, gzip;q=0.5'), 'gzip', gunzipSync)).toEqual(expected);
    // Document headers stay off JSON answers; what a JSON answer needs stays on.
    expect(plain.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(plain.headers.get('Content-Security-Policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(plain.headers.get('X-Frame-Options')).toBeNull();
  });
});
