import { expect, test } from '@playwright/test';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppServer, type AppServer } from './support/appServer.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { answer, chapterNav, expectSaved, Q, startNewGesprek } from './support/gesprek.ts';
import { openOfflineReadyApp } from './offline.support.ts';

// A copy of the build that this test can "deploy" a new version into.
let staticDir: string;
let server: AppServer;
test.beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'gesprek-e2e-dist-'));
  cpSync('dist', staticDir, { recursive: true });
  server = await startAppServer({ staticDir });
});
test.afterAll(async () => {
  await server.stop();
  rmSync(staticDir, { recursive: true, force: true });
});

test('a new version waits for "Nu bijwerken" and never swaps code mid-conversation', async ({ browser }) => {
  const page = await openOfflineReadyApp(browser, server.url);
  await startNewGesprek(page);
  await answer(page, Q.kennismaking, 'Ja');
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
  await page.getByLabel('De samenwerking evalueren').fill('Voor de nieuwe versie getypt.');
  await expectSaved(page);

  // Deploy a new version and let the app's periodic check find it.
  appendFileSync(join(staticDir, 'sw.js'), '\n// next version\n');
  await page.evaluate(() => {
    (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
  });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  const banner = page.getByRole('complementary', { name: /Nieuwe versie beschikbaar/ });
  await expect(banner).toBeVisible();
  // The new version waits: the page was not reloaded and the field is as the user left it.
  expect(await page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate)).toBe(true);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);
  await page.getByLabel('De samenwerking evalueren').fill('Voor de nieuwe versie getypt. En nog meer.');
  await expectSaved(page);
  await expectNoAxeViolations(page);

  await banner.getByRole('button', { name: 'Nu bijwerken' }).click();
  // The page reloads under us; while it navigates, evaluate fails: that just means "ask again".
  const stillTheOldPage = () =>
    page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate ?? false).catch(() => true);
  await expect.poll(stillTheOldPage).toBe(false);
  await expect(banner).toHaveCount(0);
  await expect(page.getByLabel('De samenwerking evalueren')).toHaveValue('Voor de nieuwe versie getypt. En nog meer.');
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  await page.context().close();
});
