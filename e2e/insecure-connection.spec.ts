import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser } from '@playwright/test';
import { chapterNav, expectSaved, startNewGesprek } from './support/gesprek.ts';
import config from '../playwright.config.ts';
import { expectNoAxeViolations } from './support/axe.ts';

// A network name, as a tablet would use for a laptop: plain http:// there is not a secure context.
const HOST = 'school.test';
const port = Number(process.env.E2E_PORT ?? 8181);
const origin = `http://${HOST}:${port}`;
const NOTICE = 'Deze verbinding is niet beveiligd.';

let browser: Browser;
test.beforeAll(async () => {
  const base = config.use?.launchOptions ?? {};
  browser = await chromium.launch({ ...base, args: [...(base.args ?? []), `--host-resolver-rules=MAP ${HOST} 127.0.0.1`] });
});
test.afterAll(async () => browser.close());

test('over http:// on a network name the app says why sharing cannot work, and typing and the PDF still do', async () => {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  const homeNotice = page.getByRole('region', { name: 'Verbinding niet beveiligd' });
  await expect(homeNotice).toContainText(NOTICE);
  await expect(homeNotice).toContainText('Zonder beveiligde verbinding werken delen, offline gebruik en de camera niet.');
  await expect(homeNotice.getByRole('link', { name: `https://${HOST}/` })).toBeVisible();

  // Ways in from the other tablet say why at once instead of failing later.
  await page.getByRole('button', { name: 'QR-code scannen' }).click();
  await expect(page.getByRole('dialog', { name: 'QR-code scannen' }).getByRole('alert')).toContainText('De camera werkt hier niet');
  await page.getByRole('button', { name: 'Sluiten' }).click();
  await page.getByRole('button', { name: 'Link plakken' }).click();
  await page.getByLabel('Koppellink van de andere tablet').fill(`${origin}/#/koppel/AAAAAAAAAAAAAAAAAAAAAA.${'A'.repeat(43)}`);
  await page.getByRole('button', { name: 'Gesprek openen' }).click();
  await expect(page.getByRole('alert')).toContainText('Koppelen kan hier niet');
  await expect(page.getByRole('listitem')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await startNewGesprek(page, origin);
  await expect(page.getByRole('region', { name: 'Verbinding niet beveiligd' })).toContainText(NOTICE);
  await chapterNav(page).getByRole('link', { name: 'Contactpersonen' }).click();
  await page.getByRole('group', { name: 'School' }).getByLabel('Naam school').fill('Het Baken');
  await expectSaved(page);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Delen' }).click();
  const share = page.getByRole('dialog', { name: 'Gesprek delen met de andere tablet' });
  await expect(share.getByRole('alert')).toContainText('Delen kan hier niet');
  await expect(share).not.toContainText('Probeer het opnieuw');
  await expect(share.getByText('QR-code maken…')).toHaveCount(0);
  await share.getByRole('button', { name: 'Sluiten' }).click();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF maken' }).click();
  const download = await downloading;
  const file = join(mkdtempSync(join(tmpdir(), 'insecure-pdf-')), download.suggestedFilename());
  await download.saveAs(file);
  expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('Het Baken');

  // What was typed survives a reload (IndexedDB needs no secure context).
  await page.reload();
  await chapterNav(page).getByRole('link', { name: 'Contactpersonen' }).click();
  await expect(page.getByRole('group', { name: 'School' }).getByLabel('Naam school')).toHaveValue('Het Baken');
  await context.close();
});

test('on localhost (a secure context) there is no such notice and "Link plakken" opens a pasted link', async ({ page, baseURL }) => {
  await startNewGesprek(page);
  await expect(page.getByRole('heading', { level: 1, name: /Hoofdstuk 2/ })).toBeVisible();
  await expect(page.getByText(NOTICE)).toHaveCount(0);
  const shared = await page.evaluate(() => location.hash);
  expect(shared).toMatch(/^#\/gesprek\//);
  await page.getByRole('button', { name: 'Delen' }).click();
  await expect(page.getByLabel('Link')).toHaveValue(/#\/koppel\//);
  const link = await page.getByLabel('Link').inputValue();

  // The other tablet (its own storage) gets the link by mail and pastes it on home.
  const other = await page.context().browser()!.newContext({ baseURL: baseURL!, locale: 'nl-NL' });
  const tablet = await other.newPage();
  await tablet.goto('/');
  await expect(tablet.getByText(NOTICE)).toHaveCount(0);
  await tablet.getByRole('button', { name: 'Link plakken' }).click();
  await tablet.getByRole('button', { name: 'Gesprek openen' }).click();
  await expect(tablet.getByRole('alert')).toContainText('Plak eerst de koppellink');
  await tablet.getByLabel('Koppellink van de andere tablet').fill(`  ${link}\n`);
  await tablet.getByRole('button', { name: 'Gesprek openen' }).click();
  await expect(tablet).toHaveURL(new RegExp(`#/gesprek/${shared.split('/')[2]}`));
  await other.close();
});
