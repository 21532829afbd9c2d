import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe.ts';
import { answer, chapterNav, expectSaved, Q, startNewGesprek } from './support/gesprek.ts';

async function fillSchoolAndEvaluation(page: Page, school: string, evaluation: string): Promise<string> {
  const id = await startNewGesprek(page);
  await answer(page, Q.kennismaking, 'Ja');
  await chapterNav(page).getByRole('link', { name: 'Contactpersonen' }).click();
  await page.getByRole('group', { name: 'School' }).getByLabel('Naam school', { exact: true }).fill(school);
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
  await page.getByLabel('De samenwerking evalueren').fill(evaluation);
  await expectSaved(page);
  return id;
}

async function makeBackup(page: Page): Promise<{ name: string; path: string }> {
  await page.goto('/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Reservekopie maken' }).click();
  const file = await download;
  const path = `${test.info().outputDir}/${file.suggestedFilename()}`;
  await file.saveAs(path);
  await expect(page.getByRole('status').filter({ hasText: 'Reservekopie gemaakt van 1 gesprek' })).toBeVisible();
  return { name: file.suggestedFilename(), path };
}

test('"Reservekopie maken" downloads every gesprek; on another tablet "terugzetten" brings it back', async ({ page, browser }) => {
  const id = await fillSchoolAndEvaluation(page, 'Het Baken', 'Twee keer per jaar evalueren.');
  const backup = await makeBackup(page);
  expect(backup.name).toMatch(/^gesprekken-reservekopie-\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(readFileSync(backup.path, 'utf8')) as { magic: string; version: number; gesprekken: unknown[] };
  expect(json.magic).toBe('gesprek-school-politie-reservekopie');
  expect(json.version).toBe(1);
  expect(json.gesprekken).toHaveLength(1);

  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL ?? '' });
  const tablet = await other.newPage();
  await tablet.goto('/');
  await expect(tablet.getByText('Er staan nog geen gesprekken op deze tablet.')).toBeVisible();
  await tablet.getByLabel('Reservekopie terugzetten').setInputFiles(backup.path);
  await expect(tablet.getByRole('status').filter({ hasText: 'Reservekopie teruggezet: 1 nieuw gesprek.' })).toBeVisible();
  await expectNoAxeViolations(tablet);
  const row = tablet.getByRole('listitem').filter({ hasText: 'Het Baken' });
  await expect(row).toBeVisible();
  await row.getByRole('link').click();
  await expect(tablet).toHaveURL(new RegExp(id));
  await chapterNav(tablet).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
  await expect(tablet.getByLabel('De samenwerking evalueren')).toHaveValue('Twee keer per jaar evalueren.');
  await other.close();
});

test('terugzetten merges: what was typed after the backup stays', async ({ page }) => {
  const id = await fillSchoolAndEvaluation(page, 'De Wissel', 'Eerste versie.');
  const backup = await makeBackup(page);
  await page.locator(`a[href="#/gesprek/${id}"]`).click();
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
  await page.getByLabel('De samenwerking evalueren').fill('Eerste versie. Later aangevuld.');
  await expectSaved(page);

  await page.goto('/');
  await page.getByLabel('Reservekopie terugzetten').setInputFiles(backup.path);
  await expect(page.getByRole('status').filter({ hasText: 'Reservekopie teruggezet: 1 gesprek samengevoegd.' })).toBeVisible();
  // The list row is derived from the merged document.
  await page.getByRole('listitem').filter({ hasText: 'De Wissel' }).getByRole('link').click();
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
  await expect(page.getByLabel('De samenwerking evalueren')).toHaveValue('Eerste versie. Later aangevuld.');
});

test('a foreign or damaged file gives a clear Dutch error and changes nothing', async ({ page }) => {
  await fillSchoolAndEvaluation(page, 'De Horizon', 'Blijft staan.');
  await page.goto('/');
  const rows = page.getByRole('listitem');
  await expect(rows).toHaveCount(1);
  const files = [
    { name: 'foto.json', text: 'geen json', expected: 'geen reservekopie van deze app' },
    { name: 'package.json', text: JSON.stringify({ name: 'iets', version: '1.0.0' }), expected: 'geen reservekopie van deze app' },
    {
      name: 'gesprekken-reservekopie-kapot.json',
      text: JSON.stringify({ magic: 'gesprek-school-politie-reservekopie', version: 1, gesprekken: [{ record: {}, doc: '!!' }] }),
      expected: 'beschadigd',
    },
  ];
  for (const file of files) {
    await page.getByLabel('Reservekopie terugzetten').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(file.expected);
    await expect(alert).toContainText('Er is niets veranderd.');
  }
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(rows).toHaveCount(1);
  await rows.getByRole('link').click();
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
  await expect(page.getByLabel('De samenwerking evalueren')).toHaveValue('Blijft staan.');
});
