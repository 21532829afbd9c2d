/**
 * The service worker (built by vite-plugin-pwa, `injectManifest`): precaches everything the app
 * can ever load, so after one online visit it opens and works with no network. The same as the
 * worker vite-plugin-pwa used to generate (precache + route, navigation fallback to index.html
 * except /sync, clean outdated caches, claim clients, skip waiting only when the page says so),
 * except that the install downloads in parallel (parallelPrecache.ts), plus one runtime cache:
 * the PDF's large fallback font slices (CJK, emoji; docs/pdf-fonts.md), kept once fetched.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { installInParallel } from './parallelPrecache.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

const manifest = self.__WB_MANIFEST;
const controller = new PrecacheController();
controller.addToCacheList(manifest);

self.addEventListener('install', (event) => event.waitUntil(installInParallel(controller, manifest, event)));
self.addEventListener('activate', (event) => void controller.activate(event)); // it extends the event itself
self.addEventListener('message', (event) => {
  // "Nu bijwerken" (src/pwa/registerServiceWorker.ts): the waiting version takes over.
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

registerRoute(new PrecacheRoute(controller));
// A CJK or emoji slice fetched for a printout stays for offline use: cache first, kept across app
// updates (its name carries its content hash). The precache route above answers first.
registerRoute(
  ({ url }) => /\/assets\/noto-[a-z-]+-\d+-\d{3}-normal-[\w-]+\.woff$/.test(url.pathname),
  new CacheFirst({
    cacheName: 'pdf-fallback-fonts',
    // Only a whole, good answer is kept: never an error page in place of a font.
    plugins: [{ cacheWillUpdate: async ({ response }) => (response.status === 200 ? response : null) }],
  }),
);
registerRoute(new NavigationRoute(controller.createHandlerBoundToURL('index.html'), { denylist: [/^\/sync/] }));
cleanupOutdatedCaches();
clientsClaim();
