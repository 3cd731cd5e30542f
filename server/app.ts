/**
 * The HTTP surface: the sync API and, when a built app is given, the PWA itself. Exported
 * without listening, so tests drive it with `app.request()`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import {
  IMPORT_PATH,
  MIN_SCHEMA_VERSION,
  PULL_PATH,
  PUSH_PATH,
  PullRequestSchema,
  PushRequestSchema,
  SCHEMA_VERSION,
} from '../src/core/protocol';
import { MAX_SYNC_FILE_BYTES } from '../src/core/sync-file';
import { type CodeSender, LogCodeSender } from './auth/code-sender';
import { mountAdmin } from './auth/admin';
import { mountAuth } from './auth/routes';
import type { Database } from './db/database';
import { fileKeySecretOf, signingKeyOf } from './auth/tokens';
import { mountFigures } from './figures';
import { mountStationPhotos } from './station-photo';
import { actorOf } from './http/actor';
import { clientAddress, WorkGate } from './http/address';
import { HttpError, readJson, readJsonValue } from './http/body';
import { compressAnswers } from './http/compress';
import { DEFAULT_LIMITS, type LimitSettings, type LimitStore, makeLimiters, MemoryLimitStore } from './http/limits';
import { pull } from './sync/pull';
import { importFile } from './sync/import';
import { push, SeqGapError } from './sync/push';

/**
 * Nothing but this origin may run, load or be fetched; user text is only ever set as text
 * (Solid escapes it), so a stored posting cannot become script. MapLibre needs blob: workers.
 */
const SECURITY_HEADERS = {
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    // 练面试 plays the worker's own answer back from a blob: in the page's memory.
    mediaSrc: ["'self'", 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'", 'blob:'],
    manifestSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  crossOriginEmbedderPolicy: false,
  // Geolocation is asked for by the distance filter, the camera by 扫一扫, the microphone by
  // 练面试 (after consent; recordings never leave the phone).
  permissionsPolicy: { geolocation: ['self'], camera: ['self'], microphone: ['self'] },
};

/**
 * API answers are JSON that no browser renders (nosniff), so the document headers above buy
 * nothing there and cost ~900 bytes a sync on 2G; these are what a JSON answer needs. A
 * cross-origin page reads nothing private either (no CORP needed): every API route but the
 * public /api/health wants a JSON POST, which needs a CORS preflight nothing here answers.
 */
const API_HEADERS = {
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  crossOriginEmbedderPolicy: false,
  crossOriginOpenerPolicy: false,
  crossOriginResourcePolicy: false,
  originAgentCluster: false,
  referrerPolicy: false,
  strictTransportSecurity: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xFrameOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
};

export interface AppOptions {
  db: Database;
  /** Where login codes go; development logs them. */
  codeSender?: CodeSender;
  /** The clock for tokens, codes and rate limits (tests move it). */
  now?: () => number;
  /** Directory of the built PWA (vite build output); omitted in API-only tests. */
  staticDir?: string;
  /** Rows per pull page; small values let tests exercise paging. */
  pageRows?: number;
  /** This server runs the demo county (DEMO=1): the app shows a 演示数据 banner, learning it from /api/health. */
  demo?: boolean;
  /** Request limits (server/http/limits.ts); tests lower or lift some. */
  limits?: Partial<LimitSettings>;
  /** Where the limit counters live: this process's memory unless a shared store is given. */
  limitStore?: LimitStore;
  /** Behind a reverse proxy (TRUST_PROXY=1): the client's address is the last X-Forwarded-For entry. */
  trustProxy?: boolean;
}

/** A pull names bucket cursors (a few dozen; at most 1000) and three counties. */
const PULL_BODY = { bytes: 128 * 1024, inflated: 128 * 1024 };
/** A sync file, with room for its envelope and for the escaping of its body string. */
const FILE_BODY = { bytes: 2 * MAX_SYNC_FILE_BYTES, inflated: 2 * MAX_SYNC_FILE_BYTES };

export function createApp({
  db,
  staticDir,
  pageRows,
  codeSender = new LogCodeSender(),
  now = Date.now,
  demo = false,
  limits: limitOverrides = {},
  limitStore = new MemoryLimitStore(),
  trustProxy = false,
}: AppOptions) {
  const app = new Hono();
  const settings = { ...DEFAULT_LIMITS, ...limitOverrides };
  const limits = makeLimiters(settings, limitStore, now);
  const addressOf = (c: Context) => clientAddress(c, trustProxy);

  app.onError((error, c) => {
    if (error instanceof HttpError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json({ error: error.code, message: error.message, field: error.field }, error.status);
    }
    if (error instanceof SeqGapError) {
      return c.json({ error: 'SEQ_GAP', expected: error.expected, message: error.message }, 409);
    }
    console.error('[server] unexpected error', error);
    return c.json(
      { error: 'INTERNAL', message: 'the server failed; your data is safe on your device, try again later' },
      500,
    );
  });

  const documentHeaders = secureHeaders(SECURITY_HEADERS);
  app.use('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : documentHeaders(c, next)));
  app.use('/api/*', secureHeaders(API_HEADERS));
  app.use('/api/*', compressAnswers());
  app.use('/api/*', async (c, next) => {
    await next();
    // Station photos say how long they may be kept; every other answer is never stored.
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });

  app.get('/api/health', async (c) => {
    await db.query('SELECT 1');
    return c.json({ ok: true, engine: db.engine, demo });
  });

  const key = signingKeyOf(db);
  const gate = new WorkGate(settings.concurrentPerAddress);

  app.post(PUSH_PATH, async (c) => {
    const actor = await actorOf(c, { db, key, now: now() });
    const request = await readJson(c, PushRequestSchema);
    checkSchema(request.schema);
    // A healthy device sends a batch every few seconds at most; a loop gone wrong (or fresh client
    // ids made to dodge the first limit) must not swamp the county.
    const address = addressOf(c);
    await limits.pushesPerClient.hit(request.clientId, 'pushes from this device');
    if (actor.userId) await limits.pushesPerAccount.hit(actor.userId, 'pushes from this account');
    await limits.pushesPerAddress.hit(address, 'pushes from this address');
    return c.json(await gate.run(address, () => push(db, request, actor, now)));
  });

  app.post(PULL_PATH, async (c) => {
    const actor = await actorOf(c, { db, key, now: now() });
    const request = await readJson(c, PullRequestSchema, PULL_BODY);
    checkSchema(request.schema);
    return c.json(await gate.run(addressOf(c), () => pull(db, request, actor, pageRows)));
  });

  const fileSecret = fileKeySecretOf(db);
  app.post(IMPORT_PATH, async (c) => {
    const actor = await actorOf(c, { db, key, now: now() });
    const address = addressOf(c);
    if (actor.userId) await limits.pushesPerAccount.hit(actor.userId, 'imports from this account');
    await limits.pushesPerAddress.hit(address, 'imports from this address');
    const envelope = await readJsonValue(c, FILE_BODY);
    return c.json(await gate.run(address, async () => importFile(db, envelope, actor, await fileSecret(), now)));
  });

  mountAuth(app, { db, sender: codeSender, key, now, limits, addressOf, gate });
  mountAdmin(app, { db, key, now });
  mountFigures(app, { db, key, now });
  mountStationPhotos(app, { db, key, now });

  app.all('/api/*', (c) => c.json({ error: 'NOT_FOUND', message: `no API at ${c.req.path}` }, 404));

  if (staticDir) mountApp(app, staticDir);
  return app;
}

/** An app older than the records it would receive updates first; its outbox waits meanwhile. */
function checkSchema(schema: number): void {
  if (schema < MIN_SCHEMA_VERSION) {
    throw new HttpError(
      426,
      'UPGRADE_REQUIRED',
      'this app version is too old for the server: update the app (your records stay on the phone)',
    );
  }
  if (schema > SCHEMA_VERSION)
    throw new HttpError(400, 'SCHEMA_AHEAD', `the server knows schema ${SCHEMA_VERSION}, not ${schema}`, 'schema');
}

/**
 * Serve the built PWA: hashed assets forever, the shell and service worker always fresh.
 * A hashed asset that is not there (an old build's) is a 404 no cache keeps, never the shell
 * under a year-long cache header.
 */
function mountApp(app: Hono, root: string) {
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`no built app at ${root}: run \`npm run build\` first`);
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-cache');
  });
  app.use('*', async (c, next) => {
    await next();
    // The same URL has other encodings: every answer says so, the plain one included, so no cache mixes them.
    if (c.res.status === 200 && !c.res.headers.get('Vary')?.includes('Accept-Encoding')) {
      c.header('Vary', 'Accept-Encoding', { append: true });
    }
  });
  // The build's .br and .gz copies (scripts/vite-precompress.ts), as the browser accepts them.
  app.use('*', serveStatic({ root: relative(process.cwd(), root) || '.', precompressed: true }));
  app.all('/assets/*', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.text('not found', 404);
  });
  // Deep links (/jobs/…) load the shell; the router takes it from there.
  app.get('*', (c) => c.html(readFileSync(indexPath, 'utf8')));
}
