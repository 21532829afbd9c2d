import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { answer, chapterNav, Q, startNewGesprek } from './support/gesprek.ts';

/** The school's tablet starts the gesprek and shares it; the police tablet opens the link. */
async function pairTwoTablets(browser: Browser): Promise<{ school: Page; politie: Page; link: string }> {
  const school = await (await browser.newContext()).newPage();
  await startNewGesprek(school);
  await answer(school, Q.kennismaking, 'Ja');
  await school.getByRole('button', { name: 'Delen' }).click();
  const dialog = school.getByRole('dialog', { name: 'Gesprek delen met de andere tablet' });
  await expect(dialog.getByRole('img', { name: /QR/ })).toBeVisible();
  await dialog.getByRole('group', { name: 'Deze tablet is van' }).getByRole('radio', { name: 'School' }).check();
  const link = await dialog.getByLabel('Link').inputValue();
  expect(link).toMatch(/\/#\/koppel\/[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  const politie = await (await browser.newContext()).newPage();
  await politie.goto(link);
  await expect(politie.getByRole('heading', { level: 1, name: /Hoofdstuk 2/ })).toBeVisible();
  await expect(politie).not.toHaveURL(/koppel/);
  await politie.getByRole('button', { name: 'Delen' }).click();
  const theirs = politie.getByRole('dialog', { name: 'Gesprek delen met de andere tablet' });
  await theirs.getByRole('group', { name: 'Deze tablet is van' }).getByRole('radio', { name: 'Politie' }).check();
  await theirs.getByRole('button', { name: 'Sluiten' }).click();
  return { school, politie, link };
}

test('two tablets pair through the link and see each other’s words live', async ({ browser }) => {
  const { school, politie } = await pairTwoTablets(browser);
  await expect(politie.getByText('Uitkomst: Hoofdstuk 3 t/m 6.')).toBeVisible();
  await expect(school.getByRole('status').filter({ hasText: 'Verbonden · gesynchroniseerd' })).toBeVisible();
  await expect(school.getByText('Politie is er')).toBeVisible();
  await expect(politie.getByText('School is er')).toBeVisible();

  for (const page of [school, politie]) await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
  const schoolField = school.getByRole('textbox', { name: 'De samenwerking evalueren' });
  const politieField = politie.getByRole('textbox', { name: 'De samenwerking evalueren' });
  await schoolField.click();
  await schoolField.pressSequentially('Elk kwartaal overleg.');
  await expect(politieField).toHaveValue('Elk kwartaal overleg.');
  // The police tablet marks the field the school is typing in.
  await expect(politie.locator('[data-field="samenwerking"][data-peer="school"]')).toBeVisible();

  // Both type in the same field at once: both texts are kept.
  await politieField.click();
  await politieField.press('End');
  await Promise.all([politieField.pressSequentially(' Politie sluit aan.'), schoolField.press('Home').then(() => schoolField.pressSequentially('School: '))]);
  for (const field of [schoolField, politieField]) {
    await expect(field).toHaveValue(/School: /);
    await expect(field).toHaveValue(/Politie sluit aan\./);
    await expect(field).toHaveValue(/Elk kwartaal overleg\./);
  }
  await expect(schoolField).toHaveValue(await politieField.inputValue());
  await expectNoAxeViolations(school);
});

test('a wrong key reads nothing: it names another room, never this gesprek’s', async ({ browser }) => {
  const { school, link } = await pairTwoTablets(browser);
  await expect(school.getByRole('status').filter({ hasText: 'Verbonden · gesynchroniseerd' })).toBeVisible();
  const forged = link.replace(/\.[A-Za-z0-9_-]{43}$/, `.${'A'.repeat(43)}`);
  const intruder = await (await browser.newContext()).newPage();
  await intruder.goto(forged);
  await expect(intruder.getByRole('status').filter({ hasText: 'Verbonden · gesynchroniseerd' })).toBeVisible();
  await expect(intruder.getByRole('heading', { level: 1, name: /Hoofdstuk 2/ })).toBeVisible();
  await expect(intruder.getByText('Uitkomst: Hoofdstuk 3 t/m 6.')).toHaveCount(0);
});

test('a broken pairing link gets a clear Dutch message and a way home', async ({ page }) => {
  await page.goto('/#/koppel/kapot');
  await expect(page.getByRole('alert')).toContainText('beschadigd');
  await page.getByRole('link', { name: 'Naar de lijst met gesprekken' }).click();
  await expect(page.getByRole('button', { name: 'Nieuw gesprek' })).toBeVisible();
});

test('a failed join leaves the key neither in the address bar nor in the history', async ({ page }) => {
  const key = 'OshJwIcLOMuY8wJ8qFkkqb5Llo3zISeXYTt1bx6xNmE';
  await page.goto(`/#/koppel/kort.${key}`);
  await expect(page.getByRole('alert')).toContainText('beschadigd');
  expect(page.url()).not.toContain(key);
  const href = await page.evaluate(() => location.href);
  expect(href).toMatch(/#\/koppel$/);
  await page.goBack();
  await page.goForward();
  expect(page.url()).not.toContain(key);
});
