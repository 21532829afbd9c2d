import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { answer, chapterNav, expectSaved, Q, startNewGesprek } from './support/gesprek.ts';

const contacts = {
  School: {
    'Naam school': 'Montessori Lyceum Øster',
    'Naam contactpersoon': 'Łukasz Dvořák',
    Functie: 'Veiligheidscoördinator',
    Telefoon: '020 123 45 67',
    'E-mail': 'l.dvorak@example.nl',
    'Werkdagen / bereikbaarheid': 'ma, di en do 8–16 uur',
  },
  Politie: {
    'Naam contactpersoon': 'Nguyễn Çelik',
    Functie: 'Wijkagent',
    Telefoon: '06 12345678',
    'E-mail': 'n.celik@example.nl',
    'Werkdagen / bereikbaarheid': 'wo en vr',
  },
} as const;

async function open(page: Page, name: string | RegExp) {
  await chapterNav(page).getByRole('link', { name }).click();
}

async function fillEverything(page: Page) {
  await answer(page, Q.kennismaking, 'Ja');

  await open(page, 'Contactpersonen');
  await page.getByLabel('Datum van het gesprek').fill('2026-11-20');
  for (const [side, fields] of Object.entries(contacts)) {
    const group = page.getByRole('group', { name: side });
    for (const [label, value] of Object.entries(fields)) await group.getByLabel(label, { exact: true }).fill(value);
  }

  await open(page, /^Hoofdstuk 3/);
  await page.getByRole('checkbox', { name: 'Pesten', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Cyberpesten' }).check();
  await page.getByRole('checkbox', { name: 'Inbraak in de school' }).check();
  await page.getByRole('checkbox', { name: 'Ander thema' }).check();
  await page.getByLabel('Ander thema 1').fill('Overlast hangjongeren');
  const pesten = page.getByRole('group', { name: 'Pesten', exact: true });
  await pesten.getByRole('checkbox', { name: /Op internet en social media/ }).check();
  await pesten.getByLabel('Toelichting bij Pesten').fill('Vooral in klas 2, via groepsapps.');
  await page.getByLabel('1.', { exact: true }).selectOption({ label: 'Cyberpesten' });
  await page.getByLabel('2.', { exact: true }).selectOption({ label: 'Overlast hangjongeren' });
  await page.getByLabel('3.', { exact: true }).selectOption({ label: 'Inbraak in de school' });

  await open(page, /^Hoofdstuk 4/);
  for (const [n, theme] of [[1, 'Cyberpesten'], [2, 'Overlast hangjongeren'], [3, 'Inbraak in de school']] as const) {
    await page.getByRole('button', { name: `Veiligheidsthema ${n}: ${theme}` }).click();
    const section = page.getByRole('region', { name: `Veiligheidsthema ${n}: ${theme}` });
    await section.getByLabel('Preventie').fill(`Preventie ${n}: gastles mediawijsheid`);
    await section.getByLabel('Reageren op incidenten').fill(`Reageren ${n}: school belt wijkagent`);
    await section.getByLabel('Incident afhandelen').fill(`Afhandelen ${n}: gesprek met ouders`);
  }
  await page.getByLabel('Zijn we tevreden over hoe we het incident hebben afgehandeld?').fill('Ja, snel en rustig.');
  await page.getByLabel('Welke bestaande afspraken moeten worden gewijzigd? Welke nieuwe afspraken moeten worden toegevoegd?').fill('Protocol cyberpesten aanvullen.');
  await page.getByRole('checkbox', { name: 'Het huidige schoolveiligheidsplan' }).check();
  await page.getByLabel('Gevolgen voor bestaande afspraken').fill('Schoolveiligheidsplan bijwerken.');

  await open(page, /^Hoofdstuk 5/);
  await page.getByLabel('De samenwerking evalueren').fill('Elk kwartaal overleg, jaarlijks evalueren.');

  await open(page, /^Hoofdstuk 6/);
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  const first = page.getByRole('group', { name: 'Actie 1' });
  await first.getByLabel('Actie', { exact: true }).fill('Schoolleiding informeren');
  await first.getByLabel('Door wie?').fill('Łukasz');
  await first.getByLabel('Wanneer?').fill('2026-12-01');
  await first.getByRole('checkbox', { name: 'Gedaan' }).check();
  const second = page.getByRole('group', { name: 'Actie 2' });
  await second.getByLabel('Actie', { exact: true }).fill('Gastles plannen');
  await second.getByLabel('Door wie?').fill('Wijkagent');
  await second.getByLabel('Wanneer?').fill('2027-01-15');
  await page.getByRole('group', { name: 'Volgende afspraak' }).getByLabel('Datum').fill('2027-03-01');
  await page.getByLabel('Persoonlijke noot').fill('Fijn dat we dit samen doen. 👍');
  await expectSaved(page);
}

async function expectEverything(page: Page) {
  await open(page, 'Contactpersonen');
  await expect(page.getByLabel('Datum van het gesprek')).toHaveValue('2026-11-20');
  for (const [side, fields] of Object.entries(contacts)) {
    const group = page.getByRole('group', { name: side });
    for (const [label, value] of Object.entries(fields)) await expect(group.getByLabel(label, { exact: true })).toHaveValue(value);
  }
  await open(page, /^Hoofdstuk 3/);
  await expect(page.getByRole('checkbox', { name: 'Cyberpesten' })).toBeChecked();
  await expect(page.getByLabel('Ander thema 1')).toHaveValue('Overlast hangjongeren');
  const pesten = page.getByRole('group', { name: 'Pesten', exact: true });
  await expect(pesten.getByRole('checkbox', { name: /Op internet en social media/ })).toBeChecked();
  await expect(pesten.getByLabel('Toelichting bij Pesten')).toHaveValue('Vooral in klas 2, via groepsapps.');
  await expect(page.getByLabel('2.', { exact: true }).locator('option:checked')).toHaveText('Overlast hangjongeren');

  await open(page, /^Hoofdstuk 4/);
  await page.getByRole('button', { name: 'Veiligheidsthema 3: Inbraak in de school' }).click();
  const third = page.getByRole('region', { name: 'Veiligheidsthema 3: Inbraak in de school' });
  await expect(third.getByLabel('Incident afhandelen')).toHaveValue('Afhandelen 3: gesprek met ouders');
  await expect(page.getByLabel('Gevolgen voor bestaande afspraken')).toHaveValue('Schoolveiligheidsplan bijwerken.');
  await expect(page.getByRole('checkbox', { name: 'Het huidige schoolveiligheidsplan' })).toBeChecked();

  await open(page, /^Hoofdstuk 5/);
  await expect(page.getByLabel('De samenwerking evalueren')).toHaveValue('Elk kwartaal overleg, jaarlijks evalueren.');

  await open(page, /^Hoofdstuk 6/);
  const first = page.getByRole('group', { name: 'Actie 1' });
  await expect(first.getByLabel('Actie', { exact: true })).toHaveValue('Schoolleiding informeren');
  await expect(first.getByLabel('Wanneer?')).toHaveValue('2026-12-01');
  await expect(first.getByRole('checkbox', { name: 'Gedaan' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Actie 2' }).getByLabel('Door wie?')).toHaveValue('Wijkagent');
  await expect(page.getByRole('group', { name: 'Volgende afspraak' }).getByLabel('Datum')).toHaveValue('2027-03-01');
  await expect(page.getByLabel('Persoonlijke noot')).toHaveValue('Fijn dat we dit samen doen. 👍');
}

test('every field fills, survives a reload, and the gesprek can be deleted', async ({ page }) => {
  await startNewGesprek(page);
  await fillEverything(page);
  await page.reload();
  await expectEverything(page);

  await page.getByRole('link', { name: 'Gesprekken' }).click();
  const row = page.getByRole('listitem').filter({ hasText: 'Montessori Lyceum Øster' });
  await expect(row).toContainText('20 november 2026 · Hoofdstuk 3 t/m 6');
  await row.getByRole('button', { name: 'Montessori Lyceum Øster verwijderen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gesprek met Montessori Lyceum Øster verwijderen van deze tablet?' });
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Montessori Lyceum Øster verwijderen' }).click();
  await dialog.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(row).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('Montessori Lyceum Øster')).toHaveCount(0);
});

test('a removed action and a phone hint behave as a user expects', async ({ page }) => {
  await startNewGesprek(page);
  await answer(page, Q.kennismaking, 'Ja');
  await open(page, 'Contactpersonen');
  const school = page.getByRole('group', { name: 'School' });
  await school.getByLabel('Telefoon').fill('12');
  await expect(school.getByText(/lijkt te kort/)).toBeVisible();
  await expect(school.getByLabel('Telefoon')).toHaveValue('12');
  await school.getByLabel('E-mail').fill('geen-adres');
  await expect(school.getByText(/geen geldig e-mailadres/)).toBeVisible();

  await open(page, /^Hoofdstuk 6/);
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await page.getByRole('group', { name: 'Actie 1' }).getByLabel('Actie', { exact: true }).fill('Weg ermee');
  await page.getByRole('button', { name: 'Actie 1 verwijderen' }).click();
  await expect(page.getByRole('group', { name: 'Actie 1' })).toHaveCount(0);
});

test('100 kB pasted into a field, any script and emoji are all kept', async ({ page }) => {
  await startNewGesprek(page);
  await answer(page, Q.kennismaking, 'Ja');
  await open(page, /^Hoofdstuk 5/);
  const big = 'Afspraak: wekelijks overleg. العربية 中文 ελληνικά 🚓🏫👩🏽‍🏫 '.repeat(1700).slice(0, 100_000);
  const field = page.getByLabel('De samenwerking evalueren');
  await field.fill(big);
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('De samenwerking evalueren')).toHaveValue(big);
});

test('an unknown gesprek id says "Gesprek niet gevonden" with a way home', async ({ page }) => {
  await page.goto('/#/gesprek/bestaatNietAAAAAAAAAAAA');
  await expect(page.getByRole('heading', { name: 'Gesprek niet gevonden' })).toBeVisible();
  await page.getByRole('link', { name: 'Naar de lijst met gesprekken' }).click();
  await expect(page.getByRole('button', { name: 'Nieuw gesprek' })).toBeVisible();
});

test('axe finds no WCAG 2.1 AA violations on home, chapter 2, Contactpersonen and chapter 4', async ({ page }) => {
  // Five axe runs: on a loaded machine one takes ~20 s.
  test.slow();
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Nieuw gesprek' })).toBeVisible();
  await expectNoAxeViolations(page);
  await startNewGesprek(page);
  await answer(page, Q.kennismaking, 'Ja');
  await expectNoAxeViolations(page);
  await open(page, 'Contactpersonen');
  await expectNoAxeViolations(page);
  await open(page, /^Hoofdstuk 4/);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 768, height: 1024 });
  await expectNoAxeViolations(page);
});
