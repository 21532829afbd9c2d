/** Two tablets on one gesprek through the app's own UI: "Nieuw gesprek", "Delen", the koppel link. */
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';

const SHARE_DIALOG = 'Gesprek delen met de andere tablet';

async function chooseRole(page: Page, role: 'School' | 'Politie', readLink: boolean): Promise<string> {
  await page.getByRole('button', { name: 'Delen' }).click();
  const dialog = page.getByRole('dialog', { name: SHARE_DIALOG });
  await dialog.getByRole('group', { name: 'Deze tablet is van' }).getByRole('radio', { name: role }).check();
  const link = readLink ? await dialog.getByLabel('Link').inputValue() : '';
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  return link;
}

/**
 * The school's tablet starts a gesprek and shares it; the police tablet opens the pairing link.
 * `prepare` runs on each new context before its first page (e.g. init scripts).
 */
export async function pairTwoTablets(
  browser: Browser,
  origin: string,
  prepare: (page: Page) => Promise<void>,
  contextOptions: BrowserContextOptions = {},
): Promise<{ school: Page; politie: Page }> {
  const school = await (await browser.newContext(contextOptions)).newPage();
  await prepare(school);
  await school.goto(`${origin}/`);
  await school.getByRole('button', { name: 'Nieuw gesprek' }).click();
  await school.getByRole('dialog', { name: 'Nieuw gesprek' }).getByRole('button', { name: 'Overslaan' }).click();
  await school.getByRole('heading', { level: 1, name: /Hoofdstuk 2/ }).waitFor();
  // "Eerste kennismaking? Ja": the route takes in chapters 3 to 6.
  await school.getByRole('group', { name: 'Eerste kennismaking?' }).getByRole('radio', { name: 'Ja' }).check();
  const link = await chooseRole(school, 'School', true);

  const politie = await (await browser.newContext(contextOptions)).newPage();
  await prepare(politie);
  await politie.goto(link);
  await politie.getByRole('heading', { level: 1, name: /Hoofdstuk 2/ }).waitFor();
  await chooseRole(politie, 'Politie', false);
  return { school, politie };
}

export async function openChapter(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Onderdelen van het gesprek' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

export async function waitForSynced(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'Verbonden · gesynchroniseerd' }).waitFor({ timeout: 20_000 });
}
