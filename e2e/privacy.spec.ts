import { expect, test } from '@playwright/test';
import { answer, chapterNav, expectSaved, Q, startNewGesprek } from './support/gesprek.ts';
import { waitForServiceWorkerControl } from './offline.support.ts';

/** The origin a URL talks to; blob: URLs carry their creator's origin, data: URLs go nowhere. */
function originOf(url: string): string | undefined {
  if (url.startsWith('data:')) return undefined;
  const parsed = new URL(url.startsWith('blob:') ? url.slice('blob:'.length) : url);
  return `${parsed.protocol.replace(/^ws/, 'http')}//${parsed.host}`;
}

test('no request ever leaves for a third party: page, service worker and WebSocket all stay on the app’s origin', async ({ page, context, baseURL }) => {
  const seen: Array<{ url: string; from: string }> = [];
  context.on('request', (request) => seen.push({ url: request.url(), from: request.serviceWorker() ? 'service worker' : 'context' }));
  page.on('request', (request) => seen.push({ url: request.url(), from: 'page' }));
  page.on('websocket', (socket) => seen.push({ url: socket.url(), from: 'websocket' }));

  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await startNewGesprek(page);
  await answer(page, Q.kennismaking, 'Ja');
  await chapterNav(page).getByRole('link', { name: 'Contactpersonen' }).click();
  await page.getByRole('group', { name: 'School' }).getByLabel('Naam school', { exact: true }).fill('Privacy College');
  await page.getByRole('group', { name: 'Politie' }).getByLabel('E-mail', { exact: true }).fill('wijkagent@example.nl');
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 3/ }).click();
  await page.getByRole('checkbox', { name: 'Cyberpesten' }).check();
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 4/ }).click();
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
  await page.getByLabel('De samenwerking evalueren').fill('Zie https://example.com/ — een link in de tekst wordt niet opgehaald.');
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 6/ }).click();
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expectSaved(page);
  await page.reload();
  await expect(chapterNav(page)).toBeVisible();
  await page.getByRole('link', { name: 'Gesprekken' }).click();
  await expect(page.getByRole('button', { name: 'Nieuw gesprek' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Reservekopie maken' }).click();
  await download;

  const own = new URL(baseURL ?? '').origin;
  expect(seen.length).toBeGreaterThan(10);
  expect(seen.filter((r) => originOf(r.url) !== undefined && originOf(r.url) !== own)).toEqual([]);
  // The precache fetches prove the service worker's own requests were watched too.
  expect(seen.some((r) => r.from === 'service worker')).toBe(true);
});
