import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { startAppServer, type AppServer } from './support/appServer.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { answer, chapterNav, Q, startNewGesprek } from './support/gesprek.ts';

let server: AppServer;
// Two tablets, a server restart and axe: more than the default minute on a shared machine.
test.describe.configure({ timeout: 240_000 });
test.beforeAll(async () => {
  server = await startAppServer();
});
test.afterAll(async () => {
  await server.stop();
});

const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const doorWie = (page: Page) => page.getByRole('textbox', { name: 'Door wie?' });
const wanneer = (page: Page) => page.getByLabel('Wanneer?');
const noot = (page: Page) => page.getByRole('textbox', { name: 'Persoonlijke noot' });
const notices = (page: Page) => page.getByRole('group', { name: /^Beide tablets hebben dit veld gewijzigd/ });
/** The notice inside the form field that holds `control`. */
const noticeOf = (page: Page, fieldSelector: string) => page.locator(`${fieldSelector} [data-conflict]`);
const version = (notice: Locator, author: string) => notice.getByRole('listitem').filter({ hasText: `Versie van ${author}` });

/** Two tablets on chapter 6 of one shared gesprek, each with its role, both connected. */
async function pairedOnChapter6(browser: Browser): Promise<[Page, Page]> {
  const school = await (await browser.newContext()).newPage();
  await startNewGesprek(school, server.url);
  await answer(school, Q.kennismaking, 'Ja');
  await school.getByRole('button', { name: 'Delen' }).click();
  const dialog = school.getByRole('dialog', { name: 'Gesprek delen met de andere tablet' });
  await dialog.getByRole('group', { name: 'Deze tablet is van' }).getByRole('radio', { name: 'School' }).check();
  await expect(dialog.getByLabel('Link')).toHaveValue(/#\/koppel\//);
  const link = await dialog.getByLabel('Link').inputValue();
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  const politie = await (await browser.newContext()).newPage();
  await politie.goto(link);
  await expect(politie.getByRole('heading', { level: 1, name: /Hoofdstuk 2/ })).toBeVisible();
  await politie.getByRole('button', { name: 'Delen' }).click();
  const theirs = politie.getByRole('dialog', { name: 'Gesprek delen met de andere tablet' });
  await theirs.getByRole('group', { name: 'Deze tablet is van' }).getByRole('radio', { name: 'Politie' }).check();
  await theirs.getByRole('button', { name: 'Sluiten' }).click();
  await expect(school.getByText('Politie is er')).toBeVisible();
  for (const page of [school, politie]) {
    await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 6/ }).click();
    await expect(status(page, 'Verbonden · gesynchroniseerd')).toBeVisible();
  }
  return [school, politie];
}

test('edits made apart on the same fields are shown on both tablets, and one choice settles each on both', async ({ browser }) => {
  const [school, politie] = await pairedOnChapter6(browser);
  await school.getByRole('button', { name: 'Actie toevoegen' }).click();
  await doorWie(school).fill('Frank');
  await wanneer(school).fill('2026-12-01');
  await noot(school).fill('Frank komt langs.');
  await expect(doorWie(politie)).toHaveValue('Frank');
  await expect(noot(politie)).toHaveValue('Frank komt langs.');
  await expect(wanneer(politie)).toHaveValue('2026-12-01');
  for (const page of [school, politie]) await expect(status(page, 'Verbonden · gesynchroniseerd')).toBeVisible();

  await server.kill('SIGKILL');
  for (const page of [school, politie]) await expect(status(page, /Niet verbonden/)).toBeVisible();
  await doorWie(school).fill('Fatima (school)');
  await doorWie(politie).fill('Jeroen (politie)');
  await noot(school).fill('We spreken elkaar in januari weer, als het rustig is.');
  await noot(politie).fill('Bel gerust als er iets is.');
  await wanneer(school).fill('2026-12-03');
  await wanneer(politie).fill('2026-12-10');

  await server.restart();
  for (const page of [school, politie]) {
    await expect(status(page, 'Verbonden · gesynchroniseerd')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('button', { name: '3 velden om na te kijken' })).toBeVisible();
    await expect(notices(page)).toHaveCount(3);
    const who = noticeOf(page, '[data-field$=".doorWie"]');
    await expect(version(who, 'School')).toContainText('Fatima (school)');
    await expect(version(who, 'Politie')).toContainText('Jeroen (politie)');
    const note = noticeOf(page, '[data-field="persoonlijkeNoot"]');
    await expect(version(note, 'School')).toContainText('We spreken elkaar in januari weer, als het rustig is.');
    await expect(version(note, 'Politie')).toContainText('Bel gerust als er iets is.');
    const date = noticeOf(page, '[data-field$="#wanneer"]');
    await expect(version(date, 'School')).toContainText('3 december 2026');
    await expect(version(date, 'Politie')).toContainText('10 december 2026');
  }
  await expectNoAxeViolations(politie);

  // The header's count goes to the first marked field, from another chapter.
  await chapterNav(school).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
  await school.getByRole('button', { name: '3 velden om na te kijken' }).click();
  await expect(school.getByRole('heading', { level: 1, name: /Hoofdstuk 6/ })).toBeVisible();
  await expect(noticeOf(school, '[data-field$=".doorWie"]')).toBeFocused();

  await version(noticeOf(politie, '[data-field$=".doorWie"]'), 'School').getByRole('button', { name: 'Deze versie houden' }).click();
  await version(noticeOf(school, '[data-field="persoonlijkeNoot"]'), 'Politie').getByRole('button', { name: 'Deze versie houden' }).click();
  await version(noticeOf(politie, '[data-field$="#wanneer"]'), 'School').getByRole('button', { name: 'Deze versie houden' }).click();
  for (const page of [school, politie]) {
    await expect(doorWie(page)).toHaveValue('Fatima (school)');
    await expect(noot(page)).toHaveValue('Bel gerust als er iets is.');
    await expect(wanneer(page)).toHaveValue('2026-12-03');
    await expect(notices(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: /om na te kijken/ })).toHaveCount(0);
  }

  // History: both authors' versions, and "Terugzetten" restores one on both tablets.
  await politie.locator('[data-field$=".doorWie"]').getByRole('button', { name: 'Geschiedenis' }).click();
  const dialog = politie.getByRole('dialog', { name: 'Geschiedenis: Door wie?' });
  const entry = (text: string) => dialog.getByRole('listitem').filter({ has: politie.getByText(text, { exact: true }) });
  await expect(entry('Jeroen (politie)')).toContainText(/^Politie, /);
  await expect(entry('Fatima (school)')).toContainText(/^School, /);
  await expect(entry('Frank')).toContainText(/^School, /);
  await expectNoAxeViolations(politie);
  await entry('Jeroen (politie)').getByRole('button', { name: 'Terugzetten' }).click();
  for (const page of [school, politie]) await expect(doorWie(page)).toHaveValue('Jeroen (politie)');

  await school.context().close();
  await politie.context().close();
});

test('typing together while connected raises no mark', async ({ browser }) => {
  const [school, politie] = await pairedOnChapter6(browser);
  await noot(school).fill('Samen: ');
  await expect(noot(politie)).toHaveValue('Samen: ');
  await noot(school).press('End');
  await noot(politie).press('End');
  await Promise.all([noot(school).pressSequentially('school typt hier ', { delay: 30 }), noot(politie).pressSequentially('politie typt daar ', { delay: 30 })]);
  for (const page of [school, politie]) await expect(noot(page)).toHaveValue(/school typt hier/);
  for (const page of [school, politie]) await expect(noot(page)).toHaveValue(/politie typt daar/);
  await expect(noot(politie)).toHaveValue(await noot(school).inputValue());
  for (const page of [school, politie]) {
    await expect(status(page, 'Verbonden · gesynchroniseerd')).toBeVisible();
    await expect(notices(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: /om na te kijken/ })).toHaveCount(0);
  }
  await school.context().close();
  await politie.context().close();
});
