/**
 * Compressing API answers: brotli where the client accepts it (a browser's HTTP stack
 * decodes `Content-Encoding: br` itself; `CompressionStream` has no brotli), gzip otherwise,
 * nothing for small answers. Work runs on libuv's thread pool, not the event loop.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this a compressed body plus its Content-Encoding header saves too little. */
const MIN_BYTES = 256;
/**
 * Brotli quality for answers made per request. 11 saves a few percent more on a pull page
 * and costs several times the CPU (bench/RESULTS.md › Wire); 9 keeps a 300-row page in milliseconds.
 */
const BROTLI_QUALITY = 5;

export type Encoding = 'br' | 'gzip';

/** The encoding to answer with, from an Accept-Encoding header: brotli first, q=0 means "not this". */
export function preferredEncoding(accept: string | undefined): Encoding | undefined {
  if (!accept) return undefined;
  const accepted = new Map<string, number>();
  for (const part of accept.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name.trim(), q ? Number(q.slice(2)) : 1);
  }
  const wants = (name: Encoding) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (wants('br')) return 'br';
  if (wants('gzip')) return 'gzip';
  return undefined;
}

export function compressAnswers(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Vary', 'Accept-Encoding', { append: true });
    const encoding = preferredEncoding(c.req.header('accept-encoding'));
    if (!encoding || !c.res.body || c.res.headers.has('Content-Encoding') || c.req.method === 'HEAD') return;
    // A JPEG is compressed already (station photos): another pass costs CPU and saves nothing.
    if (c.res.headers.get('Content-Type')?.startsWith('image/')) return;
    const raw = Buffer.from(await c.res.arrayBuffer());
    const body =
      raw.length < MIN_BYTES
        ? raw
        : encoding === 'br'
          ? await brotli(raw, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
                [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              },
            })
          : await gzipAsync(raw);
    const headers = new Headers(c.res.headers);
    if (body !== raw) headers.set('Content-Encoding', encoding);
    headers.set('Content-Length', String(body.length));
    c.res = new Response(body, { status: c.res.status, headers });
  };
}
