import { expect, test } from '@playwright/test';
import { startAppServer, type AppServer } from './support/appServer.ts';
import { answer, chapterNav, expectSaved, Q, startNewGesprek } from './support/gesprek.ts';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles, newAppContext, openOfflineReadyApp, precachedUrls } from './offline.support.ts';

// The CJK and emoji slices of the PDF's fallback fonts (12 MB) are fetched when a printout needs them
// and cached from then on (src/pdf/fallback, vite.config.ts runtimeCaching); e2e/pdf-scripts.spec.ts.
const ON_DEMAND_FONT_SLICE = /^assets\/noto-(sans-sc|sans-kr|emoji)-\d+-\d{3}-normal-[\w-]+\.woff$/;

test('the service worker precaches every file the app can load: shell, lazy chunks, fonts, icons', () => {
  const precached = new Set(precachedUrls());
  // .br and .gz are the same files compressed for the wire, not files of their own.
  const needed = builtFiles().filter((file) => !/^(sw\.js|workbox-[\w-]+\.js)$/.test(file) && !/\.(br|gz)$/.test(file) && !ON_DEMAND_FONT_SLICE.test(file));
  expect(needed.filter((file) => !precached.has(file))).toEqual([]);
  expect(needed.filter((file) => file.endsWith('.woff')).length).toBe(4);
  expect(needed.some((file) => file.endsWith('.ttf'))).toBe(true);
  expect(needed.filter((file) => file.startsWith('assets/') && file.endsWith('.js')).length).toBeGreaterThan(3);
});

test('home says when the tablet may go offline, and the fonts arrive compressed and whole in the precache', async ({ browser }) => {
  const context = await newAppContext(browser, test.info().project.use.baseURL ?? '');
  // Hold the fonts (the largest files) back, so the precache is visibly not done yet.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/*.ttf', async (route) => {
    await held;
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Wordt klaargezet voor gebruik zonder internet…' })).toBeVisible();
  release();
  await expect(page.getByRole('status').filter({ hasText: 'Klaar voor gebruik zonder internet' })).toBeVisible();

  const fonts = precachedUrls().filter((url) => url.endsWith('.ttf'));
  const cachedSizes = await page.evaluate(async (urls) => {
    const sizes: number[] = [];
    for (const url of urls) {
      const response = await caches.match(new URL(url, location.href).href, { ignoreSearch: true });
      sizes.push(response ? (await response.arrayBuffer()).byteLength : -1);
    }
    return sizes;
  }, fonts);
  expect(cachedSizes).toEqual(fonts.map((url) => statSync(join('dist', url)).size));
  for (const url of fonts) {
    const response = await page.request.get(`/${url}`, { headers: { 'accept-encoding': 'br' } });
    expect(response.headers()['content-encoding']).toBe('br');
    expect(Number(response.headers()['content-length'])).toBe(statSync(join('dist', `${url}.br`)).size);
  }
  await context.close();
});

test('the install has at least six downloads out at once (Chromium would let an installing worker have three)', async ({ browser }) => {
  const context = await newAppContext(browser, test.info().project.use.baseURL ?? '');
  // Hold every download of the worker: how many are held at once is how many it has out.
  let held = 0;
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/*', async (route) => {
    if (!route.request().serviceWorker() || route.request().url().endsWith('/sw.js')) return route.continue();
    held++;
    await released;
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto('/');
  await expect.poll(() => held).toBeGreaterThanOrEqual(6);
  release();
  await expect(page.getByRole('status').filter({ hasText: 'Klaar voor gebruik zonder internet' })).toBeVisible();
  await context.close();
});

test('the worker is registered (its precache under way) while the app\'s own script still loads', async ({ browser }) => {
  const context = await newAppContext(browser, test.info().project.use.baseURL ?? '');
  const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(readFileSync(join('dist', 'index.html'), 'utf8'))?.[1];
  expect(entry).toBeTruthy();
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await context.route(`**/${entry}`, async (route) => {
    if (!route.request().serviceWorker()) await released; // the page's request, not the precache's
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto('/', { waitUntil: 'commit' });
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined)).toBe(true);
  await expect(page.getByRole('status')).toHaveCount(0); // the app has not started
  release();
  await expect(page.getByRole('status').filter({ hasText: 'Klaar voor gebruik zonder internet' })).toBeVisible();
  await context.close();
});

test.describe('with the server stopped', () => {
  let server: AppServer;
  test.beforeAll(async () => {
    server = await startAppServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test('after one online visit, home and a gesprek open, can be edited and keep every word', async ({ browser }) => {
    const page = await openOfflineReadyApp(browser, server.url);

    const id = await startNewGesprek(page);
    await answer(page, Q.kennismaking, 'Ja');
    await chapterNav(page).getByRole('link', { name: 'Contactpersonen' }).click();
    await page.getByRole('group', { name: 'School' }).getByLabel('Naam school', { exact: true }).fill('De Regenboog');
    await expectSaved(page);

    // The server goes away (WebSockets included): this is what a dead Wi-Fi looks like.
    await server.stop();
    await expect(page.request.get(`${server.url}/`)).rejects.toThrow();

    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Gesprekken op deze tablet' })).toBeVisible();
    await page.locator(`a[href="#/gesprek/${id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#/gesprek/${id}`));
    await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
    await page.getByLabel('De samenwerking evalueren').fill('Zonder netwerk getypt: elk kwartaal overleg.');
    await expectSaved(page);
    await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 6/ }).click();
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.getByRole('group', { name: 'Actie 1' }).getByLabel('Actie', { exact: true }).fill('Offline actie');
    await expectSaved(page);

    // Every lazy chunk and font is there without the network, not only those opened so far.
    const missing = await page.evaluate(async (urls) => {
      const failed: string[] = [];
      for (const url of urls) {
        const response = await fetch(`/${url}`).catch(() => undefined);
        if (!response?.ok) failed.push(url);
      }
      return failed;
    }, precachedUrls());
    expect(missing).toEqual([]);

    await page.reload();
    await expect(page.getByRole('group', { name: 'Actie 1' }).getByLabel('Actie', { exact: true })).toHaveValue('Offline actie');
    await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
    await expect(page.getByLabel('De samenwerking evalueren')).toHaveValue('Zonder netwerk getypt: elk kwartaal overleg.');
    await chapterNav(page).getByRole('link', { name: 'Contactpersonen' }).click();
    await expect(page.getByRole('group', { name: 'School' }).getByLabel('Naam school', { exact: true })).toHaveValue('De Regenboog');

    await page.goto('/');
    await expect(page.getByRole('listitem').filter({ hasText: 'De Regenboog' })).toBeVisible();
    await page.context().close();
  });
});
