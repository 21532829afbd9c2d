import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openOfflineReadyApp } from './offline.support.ts';
import { startAppServer, type AppServer } from './support/appServer.ts';
import { answer, chapterNav, Q, readShareLink, startNewGesprek } from './support/gesprek.ts';

const SCHOOL = 'Zeldzame Plantschool Øverby';
let server: AppServer;

test.beforeAll(async () => {
  server = await startAppServer();
});
test.afterAll(async () => {
  await server.stop();
});

const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const field = (page: Page) => page.getByRole('textbox', { name: 'De samenwerking evalueren' });

async function type(page: Page, text: string) {
  await field(page).click();
  await field(page).press('End');
  await field(page).pressSequentially(text);
}

test('both tablets keep typing through a server crash and converge; the server holds only ciphertext', async ({ browser }) => {
  const school = await (await browser.newContext()).newPage();
  await startNewGesprek(school, server.url);
  await answer(school, Q.kennismaking, 'Ja');
  await chapterNav(school).getByRole('link', { name: 'Contactpersonen' }).click();
  await school.getByRole('group', { name: 'School' }).getByLabel('Naam school').fill(SCHOOL);
  const link = await readShareLink(school);

  const politie = await (await browser.newContext()).newPage();
  await politie.goto(link);
  for (const page of [school, politie]) {
    await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
    await expect(status(page, 'Verbonden · gesynchroniseerd')).toBeVisible();
  }
  await type(school, '[school voor] ');
  await expect(field(politie)).toHaveValue(/\[school voor\]/);
  await type(politie, '[politie voor] ');

  await server.kill('SIGKILL');
  await type(school, '[school tijdens] ');
  await type(politie, '[politie tijdens] ');
  await expect(status(school, /Niet verbonden · \d+ wijziging/)).toBeVisible();
  await expect(status(politie, /Niet verbonden · \d+ wijziging/)).toBeVisible();

  await server.restart();
  for (const page of [school, politie]) await expect(status(page, 'Verbonden · gesynchroniseerd')).toBeVisible({ timeout: 20_000 });
  const expected = ['[school voor]', '[politie voor]', '[school tijdens]', '[politie tijdens]'];
  for (const page of [school, politie]) {
    for (const marker of expected) await expect(field(page)).toHaveValue(new RegExp(marker.replace(/[[\]]/g, '\\$&')));
  }
  await expect(field(politie)).toHaveValue(await field(school).inputValue());
  const merged = await field(school).inputValue();
  for (const marker of expected) expect(merged.split(marker)).toHaveLength(2); // each exactly once: nothing doubled
  await school.context().close();
  await politie.context().close();

  // A third, fresh tablet gets everything from the server alone.
  const third = await (await browser.newContext()).newPage();
  await third.goto(link);
  await chapterNav(third).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
  await expect(field(third)).toHaveValue(merged);
  await chapterNav(third).getByRole('link', { name: 'Contactpersonen' }).click();
  await expect(third.getByRole('group', { name: 'School' }).getByLabel('Naam school')).toHaveValue(SCHOOL);
  await third.context().close();

  await server.stop();
  const stored = readdirSync(server.dataDir).map((name) => readFileSync(join(server.dataDir, name)));
  expect(stored.length).toBeGreaterThan(0);
  for (const bytes of stored) {
    expect(bytes.includes(Buffer.from(SCHOOL))).toBe(false);
    expect(bytes.includes(Buffer.from('Plantschool'))).toBe(false);
    expect(bytes.includes(Buffer.from('school tijdens'))).toBe(false);
  }
  await server.restart();
});

test('after a restart without network, the status still says how many changes wait, until the server has them', async ({ browser }) => {
  const page = await openOfflineReadyApp(browser, server.url);
  await startNewGesprek(page);
  await answer(page, Q.kennismaking, 'Ja');
  await readShareLink(page);
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
  await expect(status(page, 'Verbonden · gesynchroniseerd')).toBeVisible();

  await server.kill('SIGKILL');
  await type(page, 'Nog niet verstuurd.');
  const waiting = status(page, /Niet verbonden · \d+ wijzigingen wachten/);
  await expect(waiting).toBeVisible();
  const before = await waiting.textContent();
  // The count reaches the list row once typing pauses; then the app restarts with no server at all.
  await expect.poll(() => storedUnsentChanges(page)).toBe(Number(/(\d+) wijzigingen/.exec(before ?? '')?.[1]));
  await page.reload();
  await expect(status(page, before ?? '')).toBeVisible();
  await expect(field(page)).toHaveValue(/Nog niet verstuurd\./);

  await server.restart();
  await expect(status(page, 'Verbonden · gesynchroniseerd')).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => storedUnsentChanges(page)).toBeUndefined();
  await page.context().close();
});

/** The unconfirmed count in the open gesprek's list row, read straight from IndexedDB. */
function storedUnsentChanges(page: Page): Promise<number | undefined> {
  return page.evaluate(async () => {
    const id = /#\/gesprek\/([^/]+)/.exec(location.hash)?.[1] ?? '';
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('gesprek-school-politie');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const row = await new Promise<{ unsentChanges?: number } | undefined>((resolve, reject) => {
      const request = db.transaction('gesprekken').objectStore('gesprekken').get(id);
      request.onsuccess = () => resolve(request.result as { unsentChanges?: number } | undefined);
      request.onerror = () => reject(request.error ?? new Error('read failed'));
    });
    db.close();
    return row?.unsentChanges;
  });
}
