import { expect, test, type APIRequestContext } from '@playwright/test';
import { launchPersistentApp, waitForServiceWorkerControl } from './offline.support.ts';

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(request: APIRequestContext, url: string): Promise<[number, number]> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const bytes = await response.body();
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('the manifest makes the app installable: Dutch names, icons, colours, standalone', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifestUrl = new URL(href ?? '', page.url());
  const response = await page.request.get(manifestUrl.href);
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as Record<string, unknown> & { icons: Array<{ src: string; sizes: string; purpose?: string }> };
  expect(manifest).toMatchObject({
    name: 'Gesprek school & politie',
    short_name: 'School & politie',
    lang: 'nl',
    display: 'standalone',
    start_url: './',
    scope: '/',
    theme_color: '#154273',
    background_color: '#ffffff',
  });
  expect(String(manifest.description)).toMatch(/school/);
  for (const [size, purpose] of [['192x192', 'any'], ['512x512', 'any'], ['512x512', 'maskable']] as const) {
    const icon = manifest.icons.find((i) => i.sizes === size && (i.purpose ?? 'any').split(' ').includes(purpose));
    expect(icon, `${size} ${purpose}`).toBeDefined();
    const [w, h] = await pngSize(page.request, new URL(icon?.src ?? '', manifestUrl).href);
    expect(`${w}x${h}`).toBe(size);
  }
});

test('iPad home-screen tags: apple-touch-icon (180 px) and web-app meta', async ({ page }) => {
  await page.goto('/');
  const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect(await pngSize(page.request, new URL(touchIcon ?? '', page.url()).href)).toEqual([180, 180]);
  const meta = (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
  expect(await meta('apple-mobile-web-app-capable')).toBe('yes');
  expect(await meta('mobile-web-app-capable')).toBe('yes');
  expect(await meta('apple-mobile-web-app-title')).toBe('School & politie');
  expect(await meta('apple-mobile-web-app-status-bar-style')).toBeTruthy();
  expect(await meta('theme-color')).toBe('#154273');
});

test('a service worker controls the page after one reload, and Chromium finds nothing against installing', async ({ baseURL }, testInfo) => {
  const app = await launchPersistentApp(testInfo, baseURL ?? '');
  try {
    const page = await app.context.newPage();
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    const cdp = await app.context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: Array<{ errorId: string }> };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
  } finally {
    await app.close();
  }
});
