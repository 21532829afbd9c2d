import { expect, test, type Browser, type Page } from '@playwright/test';
import { startAppServer } from './support/appServer.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { answer, chapterNav, Q, startNewGesprek } from './support/gesprek.ts';
import { expectTouchTargets } from './support/touchTargets.ts';

// Two tablets walk a gesprek to its end and on into the next one.
test.describe.configure({ timeout: 180_000 });

async function chooseRoleAndClose(page: Page, role: 'School' | 'Politie'): Promise<void> {
  await page.getByRole('button', { name: 'Delen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gesprek delen met de andere tablet' });
  await dialog.getByRole('group', { name: 'Deze tablet is van' }).getByRole('radio', { name: role }).check();
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
}

/** Gesprek 1, filled in on the school's tablet and shared once with the police tablet (the only scan). */
async function pairOnFirstGesprek(browser: Browser, origin = ''): Promise<{ school: Page; politie: Page; firstId: string }> {
  const school = await (await browser.newContext()).newPage();
  const firstId = await startNewGesprek(school, origin, 'Het Øster College');
  await answer(school, Q.kennismaking, 'Ja');
  await chapterNav(school).getByRole('link', { name: /Contactpersonen/ }).click();
  await school.getByRole('group', { name: 'School', exact: true }).getByLabel('Naam contactpersoon', { exact: true }).fill('Łukasz Dvořák');
  await school.getByRole('group', { name: 'Politie', exact: true }).getByLabel('Naam contactpersoon', { exact: true }).fill('Thi Nguyễn');
  await school.getByRole('button', { name: 'Delen' }).click();
  const dialog = school.getByRole('dialog', { name: 'Gesprek delen met de andere tablet' });
  await dialog.getByRole('group', { name: 'Deze tablet is van' }).getByRole('radio', { name: 'School' }).check();
  const link = await dialog.getByLabel('Link').inputValue();
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  const politie = await (await browser.newContext()).newPage();
  await politie.goto(link);
  await expect(politie.getByRole('heading', { level: 1, name: /Hoofdstuk 2/ })).toBeVisible();
  await chooseRoleAndClose(politie, 'Politie');
  await expect(school.getByText('Politie is er')).toBeVisible();
  return { school, politie, firstId };
}

test('Vervolggesprek on one tablet reaches the other without scanning again', async ({ browser }) => {
  const { school, politie } = await pairOnFirstGesprek(browser);
  for (const page of [school, politie]) await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 6/ }).click();
  const afronden = school.getByRole('region', { name: 'Gesprek afronden' });
  await afronden.getByRole('button', { name: 'Akkoord school', exact: true }).click();
  await afronden.getByRole('button', { name: 'Akkoord politie', exact: true }).click();
  await expect(politie.getByRole('region', { name: 'Gesprek afronden' }).getByRole('status')).toHaveText(/^Vastgesteld op/);

  await afronden.getByRole('button', { name: 'Vervolggesprek' }).click();
  await expect(school.getByRole('heading', { level: 1, name: /Hoofdstuk 2/ })).toBeVisible();
  const followUpId = /#\/gesprek\/([^/]+)/.exec(school.url())?.[1] ?? '';
  expect(followUpId).toMatch(/^[A-Za-z0-9_-]{22}$/);

  // The police tablet is still in gesprek 1: the pointer arrives there, encrypted like the rest.
  const notice = politie.getByRole('status').filter({ hasText: 'De andere tablet (school) heeft een vervolggesprek gemaakt.' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('U hoeft niets te scannen.');
  await expectNoAxeViolations(politie);
  await expectTouchTargets(politie);

  await expect(notice.getByRole('link', { name: 'Vervolggesprek openen' })).toBeVisible();

  // Home says it too, until it is opened.
  await politie.getByRole('link', { name: 'Gesprekken' }).click();
  const onHome = politie.getByRole('status').filter({ hasText: 'De andere tablet (school) heeft een vervolggesprek gemaakt met Het Øster College.' });
  await expect(onHome).toBeVisible();
  await expectNoAxeViolations(politie);
  await expectTouchTargets(politie);
  await onHome.getByRole('link', { name: 'Vervolggesprek openen: Het Øster College' }).click();
  await expect(politie.getByRole('heading', { level: 1, name: /Hoofdstuk 2/ })).toBeVisible();
  // Only the gesprek id travels in the address; the room key stays in the tablet's storage.
  expect(new URL(politie.url()).hash).toMatch(new RegExp(`^#/gesprek/${followUpId}(/[a-z0-9-]+)?$`));
  await expect(politie.getByRole('group', { name: Q.kennismaking }).getByRole('radio', { name: 'Nee' })).toBeChecked();
  await chapterNav(politie).getByRole('link', { name: /Contactpersonen/ }).click();
  await expect(politie.getByRole('group', { name: 'School', exact: true }).getByLabel('Naam school', { exact: true })).toHaveValue('Het Øster College');
  await expect(politie.getByRole('group', { name: 'Politie', exact: true }).getByLabel('Naam contactpersoon', { exact: true })).toHaveValue('Thi Nguyễn');
  await expect(politie.getByText('School is er')).toBeVisible();

  await politie.getByRole('link', { name: 'Gesprekken' }).click();
  const rows = politie.getByRole('listitem').filter({ hasText: 'Het Øster College' });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: /Vorig gesprek: \d+ \w+ \d{4}/ })).toHaveCount(1);
  // Opened here: no longer announced.
  await expect(politie.getByText('heeft een vervolggesprek gemaakt')).toHaveCount(0);
});

test('two follow-ups made apart, while the server is away, are both kept on both tablets', async ({ browser }) => {
  const server = await startAppServer();
  try {
    const { school, politie, firstId } = await pairOnFirstGesprek(browser, server.url);
    await expect(politie).toHaveTitle(/Het Øster College/);
    for (const page of [school, politie]) await expect(page.getByRole('status').filter({ hasText: 'Verbonden · gesynchroniseerd' })).toBeVisible();
    await server.kill('SIGKILL');
    for (const page of [school, politie]) {
      await expect(page.getByRole('status').filter({ hasText: /Niet verbonden/ })).toBeVisible();
      await page.getByRole('link', { name: 'Gesprekken' }).click();
      await page.getByRole('listitem').filter({ hasText: 'Het Øster College' }).getByRole('button', { name: 'Vervolggesprek van Het Øster College' }).click();
      await expect(page.getByRole('heading', { level: 1, name: /Hoofdstuk 2/ })).toBeVisible();
    }
    await server.restart();

    // Each opens gesprek 1 again (a fresh start of the app): the other's pointer arrives there.
    for (const [page, other] of [[school, 'politie'], [politie, 'school']] as const) {
      await page.goto(`${server.url}/#/gesprek/${firstId}`);
      const notice = page.getByRole('status').filter({ hasText: `De andere tablet (${other}) heeft ook een vervolggesprek gemaakt.` });
      await expect(notice).toBeVisible({ timeout: 30_000 });
      await expect(notice).toContainText('Beide blijven bewaard');
      await expectNoAxeViolations(page);
    }
    for (const page of [school, politie]) {
      await page.getByRole('link', { name: 'Gesprekken' }).click();
      await expect(page.getByRole('listitem').filter({ hasText: 'Het Øster College' })).toHaveCount(3);
      await expect(page.getByRole('listitem').filter({ hasText: /Vorig gesprek: / })).toHaveCount(2);
    }
    await school.context().close();
    await politie.context().close();
  } finally {
    await server.stop();
  }
});
