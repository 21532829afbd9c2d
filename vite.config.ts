import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './scripts/build/precompress.ts';
import { registerServiceWorkerEarly } from './scripts/build/registerServiceWorkerEarly.ts';

// The service worker precaches everything the app can ever load (shell, lazy chunks, the PDF
// fonts), so after one online visit it opens and works with no network. `prompt`: a new
// version waits until the user chooses "Nu bijwerken" (src/pwa, src/ui/pwa). Not built for dev.
// `injectManifest`: the worker is our own src/pwa/sw.ts (workbox modules), because workbox's
// generated one downloads the precache one file at a time (docs/performance.md, P9).
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  strategies: 'injectManifest',
  srcDir: 'src/pwa',
  filename: 'sw.ts',
  // The glob below already takes the icons; listing them twice only duplicates precache entries.
  includeManifestIcons: false,
  manifest: {
    name: 'Gesprek school & politie',
    short_name: 'School & politie',
    description: 'Gespreksleidraad school en politie: samen afspraken maken voor een veilige school. Werkt ook zonder internet.',
    lang: 'nl',
    dir: 'ltr',
    start_url: './',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: '#154273',
    background_color: '#ffffff',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  injectManifest: {
    // Fallback fonts for the PDF (src/pdf/fallback): the small ones (Devanagari, Thai, ~160 kB)
    // are precached; the large ones (CJK, emoji) only when a printout needs a slice (src/pwa/sw.ts).
    globPatterns: ['**/*.{js,css,html,ttf,woff2,svg,png,ico,webmanifest,json}', 'assets/noto-sans-{devanagari,thai}-*.woff'],
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    // Largest first: the install (src/pwa/parallelPrecache.ts) takes entries in this order, so
    // the fonts stream while the small files' round trips overlap them.
    manifestTransforms: [(entries) => ({ manifest: [...entries].sort((a, b) => b.size - a.size), warnings: [] })],
  },
});

export default defineConfig({
  // precompress last: it also compresses the service worker and index.html written before it.
  plugins: [preact(), pwa, registerServiceWorkerEarly(), precompress()],
  build: {
    target: 'es2022',
    // Font slices stay files, however small: a data: URL is neither cached per slice nor allowed by the CSP's connect-src.
    assetsInlineLimit: (file) => (file.endsWith('.woff') ? false : undefined),
    sourcemap: false,
  },
  server: {
    proxy: {
      '/sync': { target: 'ws://localhost:8080', ws: true },
    },
  },
});
