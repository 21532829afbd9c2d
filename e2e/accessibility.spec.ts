import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { answer, chapterNav, Q, startNewGesprek } from './support/gesprek.ts';
import { expectTouchTargets } from './support/touchTargets.ts';

async function checkScreen(page: Page) {
  await expectNoAxeViolations(page);
  await expectTouchTargets(page);
}

for (const viewport of [{ width: 1180, height: 820, name: 'landscape' }, { width: 820, height: 1180, name: 'portrait' }]) {
  test(`every screen passes axe and has 44 px targets (${viewport.name})`, async ({ page }) => {
    // A dozen axe runs: on a loaded machine one takes ~20 s.
    test.slow();
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Nieuw gesprek' })).toBeVisible();
    await checkScreen(page);

    await startNewGesprek(page);
    await answer(page, Q.kennismaking, 'Ja');
    await checkScreen(page);
    for (const chapter of ['Contactpersonen', /^Hoofdstuk 3/, /^Hoofdstuk 4/, /^Hoofdstuk 5/, /^Hoofdstuk 6/]) {
      await chapterNav(page).getByRole('link', { name: chapter }).click();
      if (chapter.toString().includes('3')) {
        await page.getByRole('checkbox', { name: 'Diefstal van bezittingen van leerlingen, personeel of de school' }).check();
        await page.getByRole('checkbox', { name: 'Ander thema' }).check();
      }
      if (chapter.toString().includes('6')) await page.getByRole('button', { name: 'Actie toevoegen' }).click();
      await checkScreen(page);
    }

    await page.getByRole('button', { name: 'Delen' }).click();
    await expect(page.getByRole('img', { name: /QR/ })).toBeVisible();
    await checkScreen(page);
    await page.getByRole('button', { name: 'Sluiten' }).click();
    await expect(page.getByRole('group', { name: 'Deze tablet is van' })).toBeVisible();
    await checkScreen(page);

    await page.goto('/#/gesprek/onbekendAAAAAAAAAAAAAA');
    await expect(page.getByRole('heading', { name: 'Gesprek niet gevonden' })).toBeVisible();
    await checkScreen(page);
    await page.goto('/#/koppel/kapot');
    await expect(page.getByRole('alert')).toBeVisible();
    await checkScreen(page);
  });
}

test('everything is reachable by keyboard: a new gesprek, a route and a field, without a mouse', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Nieuw gesprek' })).toBeFocused();
  await page.keyboard.press('Enter');
  // The first step asks for the school; Enter in its field starts the gesprek.
  await expect(page.getByRole('textbox', { name: 'Naam school' })).toBeFocused();
  await page.keyboard.type('De Regenboog');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Hoofdstuk 2/ })).toBeVisible();
  const ja = page.getByRole('group', { name: Q.kennismaking }).getByRole('radio', { name: 'Ja' });
  for (let i = 0; i < 30 && !(await ja.evaluate((el) => el === document.activeElement || el.closest('fieldset')?.contains(document.activeElement))); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  await expect(ja).toBeChecked();
  const next = page.getByRole('link', { name: 'Naar hoofdstuk 3' });
  for (let i = 0; i < 30 && !(await next.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Hoofdstuk 3/ })).toBeVisible();
});
