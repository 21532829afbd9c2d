import type { Plugin } from 'vite';

/**
 * Registers the service worker from an inline script at the top of index.html's head (build only:
 * `npm run dev` has no worker), so its download and precache start while the page's own script
 * still loads, not after it ran (P9, docs/performance.md). The app registers the same script
 * again through workbox-window (src/pwa/registerServiceWorker.ts), which resolves to this same
 * registration and reports what happens to it; a failure here is left to that call to report.
 * The server's CSP allows the script by its hash (server/securityHeaders.ts).
 */
export function registerServiceWorkerEarly(): Plugin {
  let base = '/';
  return {
    name: 'register-service-worker-early',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml() {
      return [
        {
          tag: 'script',
          injectTo: 'head-prepend',
          children: `if ('serviceWorker' in navigator) navigator.serviceWorker.register(${JSON.stringify(`${base}sw.js`)}).catch(function () {});`,
        },
      ];
    },
  };
}
