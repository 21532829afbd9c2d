import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { answer, chapterNav, expectSaved, Q, startNewGesprek } from './support/gesprek.ts';

async function openChapter(page: Page, chapter: number) {
  await answer(page, Q.kennismaking, 'Ja');
  await chapterNav(page).getByRole('link', { name: new RegExp(`^Hoofdstuk ${chapter}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`Hoofdstuk ${chapter}`) })).toBeVisible();
}

test('Ctrl+Z after "Overnemen" takes out exactly the inserted example', async ({ page }) => {
  await startNewGesprek(page);
  await openChapter(page, 4);
  const slot = page.getByRole('region', { name: 'Veiligheidsthema 1' });
  const field = slot.getByRole('textbox', { name: 'Preventie' });
  await field.pressSequentially('Eigen afspraak.');

  await slot.getByRole('button', { name: 'Inspiratie' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Inspiratie voor Preventie' });
  await dialog.getByRole('listitem').first().getByRole('button', { name: /Overnemen/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect(field).not.toHaveValue('Eigen afspraak.');
  await expect(field).toBeFocused();

  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('Eigen afspraak.');
  await page.keyboard.press('Control+Shift+z');
  await expect(field).not.toHaveValue('Eigen afspraak.');
});

test('typing two words, then Ctrl+Z takes back only the last word', async ({ page }) => {
  await startNewGesprek(page);
  await openChapter(page, 6);
  const field = page.getByRole('textbox', { name: 'Persoonlijke noot' });
  await field.pressSequentially('Overleg maandelijks');
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('Overleg ');
  await page.keyboard.press('Control+y');
  await expect(field).toHaveValue('Overleg maandelijks');
  await page.keyboard.press('Control+z');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Persoonlijke noot' })).toHaveValue('Overleg ');
});

test('"Ongedaan maken" brings a removed action back with its fields; header and message pass axe', async ({ page }) => {
  await startNewGesprek(page);
  await openChapter(page, 6);
  const header = page.getByRole('banner');
  await expect(header.getByRole('button', { name: 'Ongedaan maken' })).toHaveAttribute('aria-disabled', 'false');
  await expect(header.getByRole('button', { name: 'Opnieuw' })).toHaveAttribute('aria-disabled', 'true');

  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  const action = page.getByRole('group', { name: 'Actie 1' });
  await action.getByRole('textbox', { name: 'Actie' }).fill('Voorlichting in groep 8');
  await action.getByRole('textbox', { name: 'Door wie?' }).fill('Jeroen (politie)');
  await action.getByLabel('Wanneer?').fill('2027-01-15');
  await action.getByText('Gedaan').click();
  await expectNoAxeViolations(page);

  await action.getByRole('button', { name: 'Actie 1 verwijderen' }).click();
  await expect(action).toHaveCount(0);
  const message = page.getByRole('status').filter({ hasText: 'Actie 1 verwijderd' });
  await expect(message).toBeVisible();
  await expect(message.getByRole('button', { name: 'Ongedaan maken' })).not.toBeFocused();
  await expectNoAxeViolations(page);

  await message.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(message).toHaveCount(0);
  const back = page.getByRole('group', { name: 'Actie 1' });
  await expect(back.getByRole('textbox', { name: 'Actie' })).toHaveValue('Voorlichting in groep 8');
  await expect(back.getByRole('textbox', { name: 'Door wie?' })).toHaveValue('Jeroen (politie)');
  await expect(back.getByLabel('Wanneer?')).toHaveValue('2027-01-15');
  await expect(back.getByRole('checkbox', { name: 'Gedaan' })).toBeChecked();

  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('group', { name: 'Actie 1' }).getByRole('textbox', { name: 'Door wie?' })).toHaveValue('Jeroen (politie)');
});
