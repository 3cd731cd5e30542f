/**
 * The server as a socket sees it (issue 9): bodies that cost more to parse than to send,
 * connections that drip a byte at a time, too many connections, and a missing hashed asset.
 * Over real HTTP on 127.0.0.1, because timeouts and connection caps live in Node's server.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids';
import { PUSH_PATH, SCHEMA_VERSION } from '../../src/core/protocol';
import { createApp } from '../../server/app';
import { openDatabase } from '../../server/db/database';
import { migrate } from '../../server/db/migrate';
import { type RunningServer, startServer } from '../../server/server';

const ADMIN = { phone: '13900000001', password: 'a long admin password' };

/** A body of `depth` nested arrays inside a push: under 2 KB gzipped, megabytes inflated. */
function deepPush(depth: number): { text: string; gzipped: Buffer } {
  const text = `{"v":1,"clientId":"${uuidv7()}","schema":${SCHEMA_VERSION},"mutations":[{"seq":1,"id":"${uuidv7()}","name":"job.post","at":1,"args":${'['.repeat(depth)}${']'.repeat(depth)}}]}`;
  return { text, gzipped: gzipSync(text) };
}

/** Resolves when the server closes the socket, with what it sent; rejects after `ms`. */
function closedWithin(socket: Socket, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const timer = setTimeout(() => reject(new Error(`socket still open after ${ms} ms`)), ms);
    socket.on('data', (chunk) => {
      received += chunk.toString();
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
    socket.on('error', () => undefined);
  });
}

function open(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket));
    socket.on('error', reject);
  });
}

describe('the server under slow, deep and many requests', () => {
  let server: RunningServer;
  const drips: NodeJS.Timeout[] = [];

  beforeAll(async () => {
    server = await startServer({
      demo: false,
      admin: ADMIN,
      headersTimeoutMs: 500,
      requestTimeoutMs: 1_000,
      maxConnections: 20,
    });
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(() => {
    for (const drip of drips.splice(0)) clearInterval(drip);
  });

  it('a client that drips its headers a byte at a time is cut off by the headers timeout', async () => {
    const socket = await open(server.url);
    socket.write('POST /api/sync/v1/push HTTP/1.1\r\nHost: x\r\n');
    drips.push(setInterval(() => socket.writable && socket.write('X'), 100));
    const answer = await closedWithin(socket, 4_000);
    expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
  });

  it('a client that drips its body is cut off by the request timeout', async () => {
    const socket = await open(server.url);
    socket.write(
      `POST ${PUSH_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{`,
    );
    drips.push(setInterval(() => socket.writable && socket.write(' '), 100));
    await closedWithin(socket, 5_000);
  });

  it('past the connection cap a new connection is closed at once', async () => {
    const capped = await startServer({ demo: false, admin: ADMIN, maxConnections: 2 });
    const held = [await open(capped.url), await open(capped.url)];
    try {
      const third = await open(capped.url);
      await closedWithin(third, 2_000);
    } finally {
      for (const socket of held) socket.destroy();
      await capped.close();
    }
  });

  it('a deeply nested body is refused before it is parsed, and /api/health stays fast while six arrive at once', async () => {
    const { text, gzipped } = deepPush(900_000);
    expect(gzipped.length).toBeLessThan(4_000);
    // What one full parse of such a body costs on this machine, the yardstick for the rest.
    const parseStarted = performance.now();
    JSON.parse(text);
    const oneParse = performance.now() - parseStarted;

    const send = () =>
      fetch(server.url + PUSH_PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
        body: new Uint8Array(gzipped),
      });
    const floods = Array.from({ length: 6 }, send);
    const healthStarted = performance.now();
    const health = await fetch(`${server.url}/api/health`);
    const healthTime = performance.now() - healthStarted;
    expect(health.status).toBe(200);
    const answers = await Promise.all(floods);
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(await answer.json()).toMatchObject({ error: 'TOO_DEEP' });
    }
    // Six full parses would keep health waiting several times `oneParse`; refused early, it is not held up.
    expect(healthTime).toBeLessThan(oneParse);
  });
});

describe('serving the built app', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'gig-static-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>零工驿站</title>');
    writeFileSync(join(root, 'assets', 'app-abc123.js'), 'console.log(1)');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('a missing hashed asset is a 404 that no cache keeps; a present one is cached for a year; deep links get the shell', async () => {
    const db = await openDatabase({});
    await migrate(db);
    try {
      const app = createApp({ db, staticDir: root });
      const present = await app.request('/assets/app-abc123.js');
      expect(present.status).toBe(200);
      expect(present.headers.get('Cache-Control')).toContain('immutable');
      const missing = await app.request('/assets/app-old999.js');
      expect(missing.status).toBe(404);
      expect(missing.headers.get('Cache-Control') ?? '').not.toContain('immutable');
      expect(missing.headers.get('Content-Type') ?? '').not.toContain('text/html');
      const deepLink = await app.request('/jobs/123');
      expect(deepLink.status).toBe(200);
      expect(await deepLink.text()).toContain('零工驿站');
    } finally {
      await db.close();
    }
  });
});
