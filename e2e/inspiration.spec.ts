import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { answer, chapterNav, expectSaved, Q, startNewGesprek } from './support/gesprek.ts';

test('an example from "Inspiratie" lands at the caret and is saved like typing', async ({ page }) => {
  await startNewGesprek(page);
  await answer(page, Q.kennismaking, 'Ja');
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 4/ }).click();
  const slot = page.getByRole('region', { name: 'Veiligheidsthema 1' });
  const field = slot.getByRole('textbox', { name: 'Preventie' });
  await field.fill('Eigen afspraak.');

  await slot.getByRole('button', { name: 'Inspiratie' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Inspiratie voor Preventie' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  const first = dialog.getByRole('listitem').first();
  const example = (await first.locator('p, blockquote, span').first().textContent())?.trim() ?? '';
  await first.getByRole('button', { name: /Overnemen/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect(field).toHaveValue(new RegExp(`^Eigen afspraak\\.\\s+${example.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expectSaved(page);

  await page.getByRole('group', { name: 'Naslag' }).getByRole('button', { name: 'Hoe erg is het?' }).click();
  const panel = page.getByRole('dialog', { name: 'Hoe erg is het?' });
  await expect(panel.getByRole('table')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
});
