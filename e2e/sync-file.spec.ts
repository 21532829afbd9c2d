import { expect, test } from '@playwright/test';
import { startAppServer, type AppServer } from './support/appServer.ts';
import { answer, chapterNav, Q, readShareLink, startNewGesprek } from './support/gesprek.ts';

let server: AppServer;
test.beforeAll(async () => {
  server = await startAppServer();
});
test.afterAll(async () => {
  await server.stop();
});

test('with no network at all, "Delen als bestand" and "Bestand openen" carry the words across', async ({ browser }) => {
  const school = await (await browser.newContext()).newPage();
  await startNewGesprek(school, server.url);
  await answer(school, Q.kennismaking, 'Ja');
  const link = await readShareLink(school);
  const politie = await (await browser.newContext()).newPage();
  await politie.goto(link);
  await expect(politie.getByRole('heading', { level: 1, name: /Hoofdstuk 2/ })).toBeVisible();

  await server.stop();
  await chapterNav(school).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
  await school.getByRole('textbox', { name: 'De samenwerking evalueren' }).fill('Geschreven zonder netwerk.');
  await school.getByRole('button', { name: 'Delen' }).click();
  const downloading = school.waitForEvent('download');
  await school.getByRole('button', { name: 'Delen als bestand' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.gesprek$/);
  const file = await download.path();

  await politie.getByRole('link', { name: 'Gesprekken' }).click();
  await politie.getByLabel('Bestand openen').setInputFiles(file);
  await expect(politie.getByRole('status').filter({ hasText: 'samengevoegd' })).toBeVisible();
  await politie.getByRole('link', { name: /Naamloos gesprek/ }).click();
  await chapterNav(politie).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
  await expect(politie.getByRole('textbox', { name: 'De samenwerking evalueren' })).toHaveValue('Geschreven zonder netwerk.');

  // A file that is not a gesprek changes nothing and says why.
  await politie.getByRole('link', { name: 'Gesprekken' }).click();
  await politie.getByLabel('Bestand openen').setInputFiles({ name: 'foto.gesprek', mimeType: 'image/png', buffer: Buffer.from('not a gesprek') });
  await expect(politie.getByRole('alert')).toContainText('geen gesprek uit deze app');
  await server.restart();
});
