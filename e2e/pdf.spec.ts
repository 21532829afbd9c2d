import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Download } from '@playwright/test';
import { answer, chapterNav, expectSaved, Q, startNewGesprek } from './support/gesprek.ts';

async function textOf(download: Download): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-e2e-')), download.suggestedFilename());
  await download.saveAs(file);
  execFileSync('qpdf', ['--check', file]);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

test('"PDF maken" in a gesprek and on home gives the filled form as a real PDF', async ({ page }) => {
  await startNewGesprek(page);
  await answer(page, Q.kennismaking, 'Nee');
  await answer(page, Q.inzicht, 'Ja');
  await answer(page, Q.afspraken, 'Nee');
  await chapterNav(page).getByRole('link', { name: 'Contactpersonen' }).click();
  await page.getByRole('group', { name: 'School' }).getByLabel('Naam school').fill('Çelik College Dvořák');
  await page.getByRole('group', { name: 'Politie' }).getByLabel('Naam contactpersoon').fill('Nguyễn Łukasz Øster');
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
  await page.getByLabel('De samenwerking evalueren').fill('Elk kwartaal samen evalueren.');
  await expectSaved(page);

  const fromGesprek = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF maken' }).click();
  const download = await fromGesprek;
  expect(download.suggestedFilename()).toMatch(/^gesprek-celik-college-dvorak-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = await textOf(download);
  for (const value of ['Çelik College Dvořák', 'Nguyễn Łukasz Øster', 'Elk kwartaal samen evalueren.', 'Hoofdstuk 4 t/m 6']) {
    expect(text).toContain(value);
  }
  expect(text).toMatch(/Pagina 1 van \d+/);

  await page.getByRole('link', { name: 'Gesprekken' }).click();
  const fromHome = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF maken van Çelik College Dvořák' }).click();
  expect(await textOf(await fromHome)).toContain('Elk kwartaal samen evalueren.');
});
