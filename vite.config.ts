import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from './scripts/vite-precompress';

/**
 * Workers are built as classic scripts (worker.format 'iife'), and started as such: Chrome
 * before 80 (Android WebViews of 2018-19) refuses `new Worker(url, { type: 'module' })`. The
 * source keeps `type: 'module'` for the dev server, which serves workers as ES modules.
 */
function classicWorkers(): Plugin {
  const moduleWorker = /(new Worker\(\s*new URL\([^)]*\)\s*,\s*\{\s*type\s*:\s*)(["'`])module\2/g;
  return {
    name: 'gig-station:classic-workers',
    apply: 'build',
    renderChunk(code) {
      const classic = code.replace(moduleWorker, '$1$2classic$2');
      return classic === code ? null : classic;
    },
  };
}

/**
 * The staff tools' big libraries (pdf-lib for the print pack, SheetJS for spreadsheets) stay out
 * of the precache every phone downloads when the app installs: on a worker's phone on 2G they
 * would cost ~0.35 MB (gzip) for screens it never opens. The service worker keeps each one the
 * first time a desk uses it (src/sw.ts), so the desk has it offline from then on.
 */
const CACHED_ON_FIRST_USE = ['assets/pdf-*.js', 'assets/xlsx-write-*.js', 'assets/sheets.worker-*.js'];

export default defineConfig({
  plugins: [
    solid(),
    classicWorkers(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: {
        name: '零工驿站 Gig Station',
        short_name: '零工驿站',
        description: '附近的零工岗位、驿站服务，没网也能用',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f5f5f2',
        theme_color: '#1b7f4b',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        // .mjs: MapLibre's worker; map tiles (.pmtiles) are stored on explicit download, never precached.
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,webmanifest}'],
        globIgnores: CACHED_ON_FIRST_USE,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
    precompress(),
  ],
  // Classic workers and syntax that Chrome 69-era Android WebViews parse (tests/e2e/old-browsers.test.ts).
  worker: { format: 'iife' },
  build: {
    target: ['chrome69', 'safari12'],
    chunkSizeWarningLimit: 1500,
    // Everything the first screen imports in one chunk: Rolldown otherwise splits modules shared
    // with lazy chunks into a dozen 1-2 KB files, each a round trip on a slow network.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
