/**
 * The installable, offline web app: the web app manifest and a service worker, made at build time by
 * vite-plugin-pwa with Workbox's generateSW. The service worker precaches every file of the build that the app can
 * load (the page, each lazily loaded chunk and style sheet, the icons, and whatever font, wasm or PDF chunk comes
 * later), so that once the page has loaded, everything that does not need the server runs without a connection.
 * It caches nothing else: requests to the API go to the network, and health data never sits in a cache.
 * The page registers the worker itself (web/src/offline/service-worker.ts), after it has loaded.
 */
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** The app's own colours (web/src/styles/base.css): the header's blue and the page's background. */
export const THEME_COLOR = '#005eb8';
export const BACKGROUND_COLOR = '#f0f4f5';

/** The service worker's file, beside index.html; the server sends it with `Cache-Control: no-cache`. */
export const SERVICE_WORKER_FILE = 'sw.js';
export const MANIFEST_FILE = 'manifest.webmanifest';

/**
 * What the service worker precaches, by extension: everything the build writes except the .br and .gz copies
 * (the server's business), source maps and the manifest (which the plugin adds itself). Broad on purpose, so that a new kind of lazily loaded file is offline
 * too without a change here.
 */
export const PRECACHED = [
  '**/*.{html,js,mjs,css,json,txt,svg,png,webp,avif,jpg,ico,woff,woff2,ttf,otf,wasm,pdf}',
];

/**
 * Files the build writes that the app never loads: sqlite-wasm's own worker front-ends (its "Worker1" API and the
 * OPFS proxy of the VFS that needs cross-origin isolation), which the package refers to by URL. The browser diary
 * runs its own worker with the `opfs-sahpool` VFS (src/store/browser/), so these would only make the precache larger.
 */
export const NEVER_LOADED = ['**/sqlite3-worker1-*.js', '**/sqlite3-opfs-async-proxy-*.js'];

/** Large enough for a WebAssembly module or a font of a few megabytes; Workbox's default (2 MiB) is not. */
const LARGEST_PRECACHED = 8 * 1024 * 1024;

/** Paths the server answers itself, which a navigation must reach rather than get the app's page from the cache. */
const SERVER_PATHS = [/^\/api\//, /^\/docs(?:\/|$)/, /^\/openapi\.json/, /^\/healthz/, /^\/fhir\//];

export function offlineApp(): Plugin[] {
  return VitePWA({
    strategies: 'generateSW',
    // The page registers the worker and shows "Update ready" itself: no script is injected.
    injectRegister: false,
    registerType: 'prompt',
    filename: SERVICE_WORKER_FILE,
    manifestFilename: MANIFEST_FILE,
    // The public folder's files are found by the glob patterns below.
    includeAssets: [],
    includeManifestIcons: false,
    manifest: {
      name: 'numbcheck: hand and arm numbness',
      short_name: 'numbcheck',
      description:
        'Why do my hands or arms go numb, is it dangerous, and what do I do now? A short assessment with danger signs first, likely causes with reasons, and a self-care plan. Information, not a diagnosis.',
      lang: 'en',
      dir: 'ltr',
      // Relative to the manifest, so that the app works wherever it is published.
      start_url: './',
      scope: './',
      id: './',
      display: 'standalone',
      orientation: 'any',
      theme_color: THEME_COLOR,
      background_color: BACKGROUND_COLOR,
      categories: ['health', 'medical'],
      icons: [
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/maskable.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
        { src: 'icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: PRECACHED,
      globIgnores: NEVER_LOADED,
      maximumFileSizeToCacheInBytes: LARGEST_PRECACHED,
      // Vite's content-hashed files need no revision of their own: the name changes with the content.
      dontCacheBustURLsMatching: /^assets\//,
      // Every address inside the app opens the app's page, from the cache when offline.
      navigateFallback: 'index.html',
      navigateFallbackDenylist: SERVER_PATHS,
      // Nothing is cached at run time: what is not precached (the API above all) goes to the network.
      runtimeCaching: [],
      cleanupOutdatedCaches: true,
      // A new version waits until the person chooses "Reload" (the page then asks it to take over), so that a
      // page is never run by code from two versions.
      skipWaiting: false,
      // The first version takes over the page that installed it, so that a connection lost right after the first
      // load does not stop the lazily loaded parts from loading.
      clientsClaim: true,
      // One file: the page's CSP allows scripts of the app's own origin, and one file is one no-cache request.
      inlineWorkboxRuntime: true,
      sourcemap: false,
    },
  });
}
