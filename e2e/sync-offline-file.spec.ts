import { expect, test, type Page } from '@playwright/test';
import { startAppServer, type AppServer } from './support/appServer.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { answer, chapterNav, Q } from './support/gesprek.ts';
import { openOfflineReadyApp } from './offline.support.ts';

let server: AppServer;
test.beforeAll(async () => {
  server = await startAppServer();
});
test.afterAll(async () => {
  await server.stop();
});

async function shareAsFile(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Delen' }).click();
  await expect(page.getByLabel('Link')).toHaveValue(/#\/koppel\//);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Delen als bestand' }).click();
  const path = await (await downloading).path();
  await page.getByRole('button', { name: 'Sluiten' }).click();
  return path;
}

test.describe.configure({ timeout: 120_000 });

test('two tablets that never had a network exchange a gesprek both ways by file', async ({ browser }) => {
  // Each tablet loads the app once; from then on the server is gone for the whole test.
  const school = await openOfflineReadyApp(browser, server.url);
  const politie = await openOfflineReadyApp(browser, server.url);
  await server.stop();

  await school.getByRole('button', { name: 'Nieuw gesprek' }).click();
  await school.getByRole('dialog', { name: 'Nieuw gesprek' }).getByRole('button', { name: 'Overslaan' }).click();
  await answer(school, Q.kennismaking, 'Ja');
  await chapterNav(school).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
  await school.getByRole('textbox', { name: 'De samenwerking evalueren' }).fill('Van de school, zonder netwerk.');

  // The dialog says beforehand what the other tablet must do.
  await school.getByRole('button', { name: 'Delen' }).click();
  await expect(school.getByRole('dialog')).toContainText('scant die tablet eerst de QR-code');
  await expect(school.getByLabel('Link')).toHaveValue(/#\/koppel\//);
  const link = await school.getByLabel('Link').inputValue();
  await school.getByRole('button', { name: 'Sluiten' }).click();
  const fromSchool = await shareAsFile(school);

  // The politie tablet never saw this gesprek: "Bestand openen" offers the missing step in place.
  await politie.getByLabel('Bestand openen').setInputFiles(fromSchool);
  const step = politie.getByRole('region', { name: 'Eerst koppelen, dan opent het bestand' });
  await expect(step).toBeVisible();
  await expect(step.getByRole('button', { name: 'QR-code scannen' })).toBeVisible();
  await expectNoAxeViolations(politie);
  await step.getByLabel('Link van de andere tablet').fill(link);
  await step.getByRole('button', { name: 'Koppelen en openen' }).click();
  await expect(politie.getByRole('status').filter({ hasText: 'gekoppeld en het bestand is geopend' })).toBeVisible();

  await politie.getByRole('link', { name: /Naamloos gesprek/ }).click();
  await chapterNav(politie).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
  const field = politie.getByRole('textbox', { name: 'De samenwerking evalueren' });
  await expect(field).toHaveValue('Van de school, zonder netwerk.');
  await field.press('End');
  await field.pressSequentially(' En van de politie.');
  const fromPolitie = await shareAsFile(politie);

  // And back: the school tablet has the key, so the file merges at once.
  await school.getByRole('link', { name: 'Gesprekken' }).click();
  await school.getByLabel('Bestand openen').setInputFiles(fromPolitie);
  await expect(school.getByRole('status').filter({ hasText: 'samengevoegd' })).toBeVisible();
  await school.getByRole('link', { name: /Naamloos gesprek/ }).click();
  await chapterNav(school).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
  await expect(school.getByRole('textbox', { name: 'De samenwerking evalueren' })).toHaveValue('Van de school, zonder netwerk. En van de politie.');
  await server.restart();
});
