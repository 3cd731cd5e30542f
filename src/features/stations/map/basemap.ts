/**
 * The offline basemap: one PMTiles archive per deployment, served from the app's own
 * origin and stored whole in the Cache API on an explicit "download" (MAPS.md §1.5,
 * variant C). Range reads through a service worker cannot be cached, so MapLibre reads
 * the stored Blob directly and never touches the network for the basemap.
 *
 * Per deployment: VITE_BASEMAP_URL at build time (default: the demo archive); version
 * the file name when the map changes, and the old copy is dropped on the next download.
 * VITE_BASEMAP_URL="" builds an app with no basemap at all.
 */
import type { Source } from 'pmtiles';

const CACHE = 'basemap-v1';
const configured: string = import.meta.env.VITE_BASEMAP_URL ?? '/tiles/demo-basemap.pmtiles';

/** Absolute URL of the deployment's archive, or null when none is configured. */
export const BASEMAP_URL: string | null = configured ? new URL(configured, location.origin).href : null;

/** Bytes of the stored archive, or null when it has not been downloaded. */
export async function storedBasemapBytes(url: string): Promise<number | null> {
  if (!('caches' in globalThis)) return null;
  const response = await (await caches.open(CACHE)).match(url);
  if (!response) return null;
  return Number(response.headers.get('content-length')) || (await response.blob()).size;
}

/** Size of the archive on the server (a HEAD request); null when offline or unknown. */
export async function remoteBasemapBytes(url: string): Promise<number | null> {
  try {
    const response = await fetch(url, { method: 'HEAD', cache: 'no-store' });
    const length = Number(response.headers.get('content-length'));
    return response.ok && length > 0 ? length : null;
  } catch {
    return null;
  }
}

/** One plain GET, streamed so the UI can show progress, then stored whole. */
export async function downloadBasemap(
  url: string,
  onProgress: (received: number, total: number | null) => void,
): Promise<number> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
  const total = Number(response.headers.get('content-length')) || null;
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    received += value.length;
    onProgress(received, total);
  }
  if (total !== null && received !== total) throw new Error(`incomplete: ${received} of ${total} bytes`);
  const cache = await caches.open(CACHE);
  for (const old of await cache.keys()) if (old.url !== url) await cache.delete(old);
  const headers = { 'content-type': 'application/vnd.pmtiles', 'content-length': String(received) };
  await cache.put(url, new Response(new Blob(parts as BlobPart[]), { headers }));
  // Ask the browser not to evict the map under storage pressure; it may say no.
  await navigator.storage?.persist?.().catch(() => false);
  return received;
}

/** A pmtiles Source over the stored Blob: slices, no HTTP, works with no connection. */
export class CachedArchive implements Source {
  private blob: Promise<Blob> | null = null;

  constructor(private readonly url: string) {}

  getKey(): string {
    return this.url;
  }

  async getBytes(offset: number, length: number) {
    this.blob ??= caches
      .open(CACHE)
      .then((cache) => cache.match(this.url))
      .then((response) => {
        if (!response) throw new Error('basemap not downloaded');
        return response.blob();
      });
    const blob = await this.blob;
    return { data: await blob.slice(offset, offset + length).arrayBuffer() };
  }
}
