import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { answer, chapterNav, expectSaved, Q, startNewGesprek } from './support/gesprek.ts';
import { expectTouchTargets } from './support/touchTargets.ts';

const footer = (page: Page) => page.getByRole('navigation', { name: 'Vorige en volgende' });
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function checkScreen(page: Page) {
  await expectNoAxeViolations(page);
  await expectTouchTargets(page);
}

test('a route walked with "Volgende" only, back with "Vorige", the menu in view and the title naming the screen', async ({ page }) => {
  await page.setViewportSize({ width: 1180, height: 820 });
  await startNewGesprek(page, '', 'De Regenboog');
  await expect(page).toHaveTitle('Hoofdstuk 2 Het gesprek beginnen · De Regenboog · Gesprek school & politie');
  await expect(footer(page).getByRole('link', { name: /^Volgende/ })).toHaveCount(0);
  await answer(page, Q.kennismaking, 'Nee');
  await answer(page, Q.inzicht, 'Ja');
  await answer(page, Q.afspraken, 'Ja');
  await answer(page, Q.nakomen, 'Ja');

  const walked: string[] = [];
  for (;;) {
    const next = footer(page).getByRole('link', { name: /^Volgende: / });
    if ((await next.count()) === 0) break;
    const name = ((await next.textContent()) ?? '').replace('Volgende: ', '');
    await next.click();
    await expect(heading(page)).toHaveText(name);
    walked.push(name);
  }
  expect(walked).toEqual(['Hoofdstuk 5 Evaluatie van de samenwerking', 'Hoofdstuk 6 Afronden']);
  await expect(page).toHaveTitle('Hoofdstuk 6 Afronden · De Regenboog · Gesprek school & politie');

  // The side menu stays in view at the bottom of a screen.
  await footer(page).scrollIntoViewIfNeeded();
  await expect(chapterNav(page).getByRole('link', { name: /^Hoofdstuk 5/ })).toBeInViewport();

  for (const expected of ['Hoofdstuk 5 Evaluatie van de samenwerking', 'Hoofdstuk 2 Het gesprek beginnen', 'Contactpersonen']) {
    await footer(page).getByRole('link', { name: /^Vorige: / }).click();
    await expect(heading(page)).toHaveText(expected);
  }
  await expect(page.getByRole('group', { name: 'School' }).getByLabel('Naam school', { exact: true })).toHaveValue('De Regenboog');
  await expect(footer(page).getByRole('link', { name: /^Vorige/ })).toHaveCount(0);

  // Every chapter shown: the guide's order, the ones outside the route marked in place.
  await chapterNav(page).getByRole('switch', { name: 'Alle hoofdstukken tonen' }).check();
  await expect(chapterNav(page).getByRole('link')).toHaveText([
    'Contactpersonen',
    'Hoofdstuk 2 Het gesprek beginnen',
    'Hoofdstuk 3 Inventarisatie van de veiligheid (buiten de route)',
    'Hoofdstuk 4 Afspraken maken (buiten de route)',
    'Hoofdstuk 5 Evaluatie van de samenwerking',
    'Hoofdstuk 6 Afronden',
  ]);
});

test('chapter 4 shows one theme at a time, the top 3 first, then "Overige thema’s"; the top 3 refuse a theme twice', async ({ page }) => {
  await page.setViewportSize({ width: 1180, height: 820 });
  await startNewGesprek(page, '', 'Het Baken');
  await answer(page, Q.kennismaking, 'Ja');
  await footer(page).getByRole('link', { name: /^Volgende: Hoofdstuk 3/ }).click();
  for (const theme of ['Pesten', 'Diefstal van bezittingen van leerlingen, personeel of de school', 'Fraude']) await page.getByRole('checkbox', { name: theme, exact: true }).check();
  await page.getByLabel('1.', { exact: true }).selectOption({ label: 'Fraude' });
  const second = page.getByLabel('2.', { exact: true });
  await expect(second.getByRole('option', { name: 'Fraude (al prioriteit 1)' })).toBeDisabled();
  await second.selectOption({ label: 'Pesten' });
  await expect(page.getByLabel('3.', { exact: true }).getByRole('option', { name: 'Pesten (al prioriteit 2)' })).toBeDisabled();

  await footer(page).getByRole('link', { name: /^Volgende: Hoofdstuk 4/ }).click();
  await expect(page.getByRole('group', { name: 'Top 3' }).getByRole('button')).toHaveText([
    'Veiligheidsthema 1: Fraude',
    'Veiligheidsthema 2: Pesten',
    'Veiligheidsthema 3',
  ]);
  const others = page.getByRole('group', { name: 'Overige thema’s' });
  await expect(others.getByRole('button')).toHaveText(['Diefstal van bezittingen van leerlingen, personeel of de school']);
  await expect(page.getByRole('region', { name: 'Veiligheidsthema 1: Fraude' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Preventie' })).toHaveCount(1);

  await page.getByRole('region', { name: 'Veiligheidsthema 1: Fraude' }).getByRole('textbox', { name: 'Preventie' }).fill('Fraude: twee mensen tekenen.');
  await others.getByRole('button', { name: 'Diefstal van bezittingen van leerlingen, personeel of de school' }).click();
  const diefstal = page.getByRole('region', { name: 'Diefstal van bezittingen van leerlingen, personeel of de school' });
  await expect(diefstal.getByRole('heading', { name: '4.1 Preventie van incidenten' })).toBeVisible();
  await diefstal.getByRole('textbox', { name: 'Preventie' }).fill('Kluisjes op slot, fietsen in de stalling.');
  await page.getByLabel('Om welk incident gaat het?').fill('Diefstal uit de kluisjes');
  await page.getByLabel('Datum van het incident').fill('2026-10-02');
  await expectSaved(page);

  // Unticking a theme with agreements asks first; the agreements stay, marked.
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 3/ }).click();
  // click, not uncheck: the box stays ticked until the question is answered.
  await page.getByRole('checkbox', { name: 'Diefstal van bezittingen van leerlingen, personeel of de school', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Diefstal van bezittingen van leerlingen, personeel of de school uitvinken?' });
  await expect(confirm).toContainText('blijven bewaard');
  await confirm.getByRole('button', { name: 'Uitvinken' }).click();
  await expect(page.getByRole('checkbox', { name: 'Diefstal van bezittingen van leerlingen, personeel of de school', exact: true })).not.toBeChecked();
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 4/ }).click();
  await others.getByRole('button', { name: /Diefstal/ }).click();
  await expect(page.getByRole('region', { name: 'Diefstal van bezittingen van leerlingen, personeel of de school' }).getByRole('textbox', { name: 'Preventie' })).toHaveValue('Kluisjes op slot, fietsen in de stalling.');
  await expect(others.getByRole('button')).toHaveText(['Diefstal van bezittingen van leerlingen, personeel of de school (niet meer gekozen)']);

  await page.reload();
  await page.getByRole('button', { name: 'Veiligheidsthema 1: Fraude' }).click();
  await expect(page.getByRole('textbox', { name: 'Preventie' })).toHaveValue('Fraude: twee mensen tekenen.');
  await expect(page.getByLabel('Datum van het incident')).toHaveValue('2026-10-02');
});

test('"Nieuw gesprek" asks for the school first; a gesprek left blank is not kept; home is searched by school', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Nieuw gesprek' }).click();
  await page.getByRole('dialog', { name: 'Nieuw gesprek' }).getByRole('button', { name: 'Overslaan' }).click();
  await expect(heading(page)).toHaveText('Hoofdstuk 2 Het gesprek beginnen');
  await page.getByRole('link', { name: 'Gesprekken' }).click();
  await expect(page.getByText('Er staan nog geen gesprekken op deze tablet.')).toBeVisible();

  for (const school of ['De Regenboog', 'Het Baken', 'De Wissel']) await startNewGesprek(page, '', school);
  await page.goto('/');
  const rows = page.getByRole('listitem');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText(/gewijzigd \d{1,2} \w+ \d{4} \d{2}:\d{2}/);
  await page.getByRole('searchbox', { name: 'Zoeken op school' }).fill('baken');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Het Baken');
  await expect(page.getByRole('status').filter({ hasText: '1 gesprek gevonden.' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Zoeken op school' }).fill('lyceum');
  await expect(rows).toHaveCount(0);
  await expect(page.getByText('Geen gesprek gevonden met “lyceum”.')).toBeVisible();
});

for (const viewport of [{ width: 1180, height: 820, name: 'landscape' }, { width: 820, height: 1180, name: 'portrait' }]) {
  test(`the new screens pass axe and have 44 px targets (${viewport.name})`, async ({ page }, testInfo) => {
    // Eight axe runs on a shared machine.
    test.setTimeout(240_000);
    await page.setViewportSize(viewport);
    await startNewGesprek(page, '', 'De Regenboog');
    await page.getByRole('link', { name: 'Gesprekken' }).click();
    await startNewGesprek(page, '', 'Het Baken');
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Zoeken op school' }).fill('baken');
    await checkScreen(page);
    await page.screenshot({ path: testInfo.outputPath(`home-${viewport.name}.png`) });
    await page.getByRole('button', { name: 'Nieuw gesprek' }).click();
    await expect(page.getByRole('dialog', { name: 'Nieuw gesprek' })).toBeVisible();
    await checkScreen(page);
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: /Het Baken/ }).click();
    await answer(page, Q.kennismaking, 'Ja');
    await checkScreen(page);
    await page.screenshot({ path: testInfo.outputPath(`h2-${viewport.name}.png`), fullPage: true });
    await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 3/ }).click();
    for (const theme of ['Cyberpesten', 'Diefstal van bezittingen van leerlingen, personeel of de school', 'Inbraak in de school', 'Fraude']) await page.getByRole('checkbox', { name: theme, exact: true }).check();
    await page.getByLabel('1.', { exact: true }).selectOption({ label: 'Cyberpesten' });
    await checkScreen(page);
    await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 4/ }).click();
    await page.getByRole('textbox', { name: 'Preventie' }).fill('Gastles mediawijsheid.');
    await checkScreen(page);
    await page.screenshot({ path: testInfo.outputPath(`h4-${viewport.name}.png`) });
    await page.getByRole('group', { name: 'Overige thema’s' }).getByRole('button', { name: 'Inbraak in de school' }).click();
    await checkScreen(page);
    await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 3/ }).click();
    await page.getByRole('checkbox', { name: 'Cyberpesten', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Cyberpesten uitvinken?' })).toBeVisible();
    await checkScreen(page);
  });
}

test('at 200 % zoom the header scrolls away instead of covering a third of the screen (WCAG 1.4.10)', async ({ page }) => {
  await page.setViewportSize({ width: 590, height: 410 });
  await startNewGesprek(page);
  await answer(page, Q.kennismaking, 'Ja');
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 4/ }).click();
  await page.mouse.wheel(0, 1500);
  await expect(page.locator('.app-gesprek-header')).not.toBeInViewport();
});
