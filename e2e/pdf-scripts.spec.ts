import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import { openOfflineReadyApp } from './offline.support.ts';
import { startAppServer, type AppServer } from './support/appServer.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectSaved, startNewGesprek } from './support/gesprek.ts';

// Chinese needs slices fetched on demand; Thai is precached with the app.
const SCHOOL = '北京市第一中学 สวัสดี';

async function textOf(download: Download): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-e2e-')), download.suggestedFilename());
  await download.saveAs(file);
  execFileSync('qpdf', ['--check', file]);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

async function makePdf(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF maken' }).click();
  return textOf(await download);
}

test.describe('names and notes in any script print', () => {
  let server: AppServer;
  test.beforeEach(async () => {
    server = await startAppServer();
  });
  test.afterEach(async () => {
    await server.stop();
  });

  test('online the CJK slices are fetched for the PDF and kept: later, offline, it prints the same', async ({ browser }) => {
    const page = await openOfflineReadyApp(browser, server.url);
    await startNewGesprek(page, '', SCHOOL);
    await expectSaved(page);
    expect(await makePdf(page)).toContain(SCHOOL);

    await server.stop();
    await page.reload();
    await expect(page.getByRole('button', { name: 'PDF maken' })).toBeVisible();
    expect(await makePdf(page)).toContain(SCHOOL);
  });

  test('offline, with the CJK font never fetched, the app names the characters first and prints only if asked', async ({ browser }) => {
    const page = await openOfflineReadyApp(browser, server.url);
    await startNewGesprek(page, '', SCHOOL);
    await expectSaved(page);
    await server.stop();

    await page.getByRole('button', { name: 'PDF maken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Niet alle tekens kunnen in de PDF' });
    await expect(dialog).toContainText('Deze tekens kunnen niet worden afgedrukt zonder internet: 北 京 市 第 一 中 学');
    // Thai was precached with the app: it prints.
    await expect(dialog).not.toContainText('ส');
    await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'PDF maken' })).toBeEnabled();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'PDF maken' }).click();
    await dialog.getByRole('button', { name: 'Toch PDF maken' }).click();
    const text = await textOf(await download);
    expect(text).toContain('??????? สวัสดี');
  });
});
