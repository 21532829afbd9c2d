import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { answer, chapterNav, Q, startNewGesprek } from './support/gesprek.ts';

// Two long walks through the gesprek on a shared machine.
test.describe.configure({ timeout: 120_000 });

async function fillContactsAndAgreement(page: Page): Promise<void> {
  await answer(page, Q.kennismaking, 'Ja');
  await chapterNav(page).getByRole('link', { name: /Contactpersonen/ }).click();
  const school = page.getByRole('group', { name: 'School', exact: true });
  await school.getByLabel('Naam school', { exact: true }).fill('Het Øster College');
  await school.getByLabel('Naam contactpersoon', { exact: true }).fill('Łukasz Dvořák');
  await page.getByRole('group', { name: 'Politie', exact: true }).getByLabel('Naam contactpersoon', { exact: true }).fill('Thi Nguyễn');
}

test('afronden: both agree, the gesprek is vastgesteld, a change marks it until both agree again', async ({ page }) => {
  await startNewGesprek(page);
  await fillContactsAndAgreement(page);
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 6/ }).click();
  const afronden = page.getByRole('region', { name: 'Gesprek afronden' });
  await expect(afronden.getByRole('status')).toHaveText('Concept');
  await afronden.getByRole('button', { name: 'Akkoord school', exact: true }).click();
  await afronden.getByRole('button', { name: 'Akkoord politie', exact: true }).click();
  await expect(afronden.getByRole('status')).toHaveText(/^Vastgesteld op \d+ \w+ \d{4}$/);
  await expect(afronden).toContainText('Akkoord school: Łukasz Dvořák');
  await expect(afronden).toContainText('Akkoord politie: Thi Nguyễn');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Gesprekken' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Het Øster College' })).toContainText(/Vastgesteld op \d+ \w+ \d{4}/);

  await page.getByRole('link', { name: /Het Øster College/ }).click();
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 6/ }).click();
  await page.getByRole('textbox', { name: 'Persoonlijke noot' }).fill('Na de vaststelling nog iets toegevoegd.');
  await expect(afronden.getByRole('status')).toHaveText('Gewijzigd na vaststelling');
  await page.getByRole('link', { name: 'Gesprekken' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Het Øster College' })).toContainText('Gewijzigd na vaststelling');

  await page.getByRole('link', { name: /Het Øster College/ }).click();
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 6/ }).click();
  await afronden.getByRole('button', { name: 'Akkoord school', exact: true }).click();
  await expect(afronden.getByRole('status')).toHaveText('Gewijzigd na vaststelling');
  await afronden.getByRole('button', { name: 'Akkoord politie', exact: true }).click();
  await expect(afronden.getByRole('status')).toHaveText(/^Vastgesteld op/);
});

test('Vervolggesprek carries the agreements into chapter 5 and the open actions into chapter 6', async ({ page }) => {
  await startNewGesprek(page);
  await fillContactsAndAgreement(page);
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 3/ }).click();
  await page.getByRole('checkbox', { name: 'Pesten', exact: true }).check();
  await page.getByLabel('1.', { exact: true }).selectOption({ label: 'Pesten' });
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 4/ }).click();
  await page.getByLabel('Preventie').first().fill('Mentoren bespreken pesten in de eerste lesweek.');
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 6/ }).click();
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await page.getByRole('textbox', { name: 'Actie', exact: true }).fill('Gastles plannen');
  await page.getByRole('button', { name: 'Politie', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Door wie?' })).toHaveValue('Politie');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Gesprekken' }).click();
  await page.getByRole('button', { name: 'Vervolggesprek van Het Øster College' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Hoofdstuk 2/ })).toBeVisible();
  await expect(page.getByRole('group', { name: Q.kennismaking }).getByRole('radio', { name: 'Nee' })).toBeChecked();
  await expect(page.getByText('Dit antwoord komt uit het vorige gesprek.').first()).toBeVisible();
  await expectNoAxeViolations(page);
  // The last question is theirs to answer: it decides the route (5 and 6).
  await answer(page, Q.nakomen, 'Ja');

  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
  const review = page.getByRole('region', { name: 'Afspraken van het vorige gesprek' });
  await expect(review).toContainText('Mentoren bespreken pesten in de eerste lesweek.');
  await expect(review.getByRole('link', { name: /^Vorig gesprek: \d+ \w+ \d{4}$/ })).toBeVisible();
  await review.getByRole('group', { name: /Nagekomen\?/ }).first().getByRole('radio', { name: 'Deels' }).check();
  await expectNoAxeViolations(page);

  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 6/ }).click();
  await expect(page.getByRole('textbox', { name: 'Actie', exact: true })).toHaveValue('Gastles plannen');
  await expect(page.getByRole('textbox', { name: 'Door wie?' })).toHaveValue('Politie');
});
