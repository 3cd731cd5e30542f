/**
 * What a phone downloads when the service worker installs: every file of the precache manifest
 * in dist/sw.js, raw and as the server sends it (brotli where the build made a .br, else gzip).
 * Run: npx vite build && node --import tsx bench/precache.ts [dist]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

export function precache(dist = 'dist') {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] as string);
  let raw = 0;
  let wire = 0;
  for (const url of urls) {
    const file = join(dist, url);
    raw += statSync(file).size;
    // The server sends a built .br where one exists; small files are not precompressed.
    wire += existsSync(`${file}.br`) ? statSync(`${file}.br`).size : brotliCompressSync(readFileSync(file)).length;
  }
  return { files: urls.length, raw, wire };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, raw, wire } = precache(process.argv[2] ?? 'dist');
  console.log(`Precache: ${files} files, ${(raw / 1024).toFixed(0)} KB raw, ${(wire / 1024).toFixed(0)} KB brotli`);
}
