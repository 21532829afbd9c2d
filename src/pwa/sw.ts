/**
 * The service worker (built by vite-plugin-pwa, `injectManifest`): precaches everything the app
 * can ever load, so after one online visit it opens and works with no network. The same as the
 * worker vite-plugin-pwa used to generate (precache + route, navigation fallback to index.html
 * except /sync, clean outdated caches, claim clients, skip waiting only when the page says so),
 * except that the install downloads in parallel (parallelPrecache.ts).
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
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
registerRoute(new NavigationRoute(controller.createHandlerBoundToURL('index.html'), { denylist: [/^\/sync/] }));
cleanupOutdatedCaches();
clientsClaim();
