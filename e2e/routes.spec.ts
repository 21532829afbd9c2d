import { expect, test } from '@playwright/test';
import { answer, chapterNav, Q, startNewGesprek } from './support/gesprek.ts';

const routes: Array<{ name: string; answers: Array<[string, 'Ja' | 'Nee']>; chapters: number[]; outcome: string }> = [
  { name: 'first meeting', answers: [[Q.kennismaking, 'Ja']], chapters: [3, 4, 5, 6], outcome: 'Hoofdstuk 3 t/m 6' },
  { name: 'no insight', answers: [[Q.kennismaking, 'Nee'], [Q.inzicht, 'Nee']], chapters: [3, 4, 5, 6], outcome: 'Hoofdstuk 3 t/m 6' },
  { name: 'no agreements', answers: [[Q.kennismaking, 'Nee'], [Q.inzicht, 'Ja'], [Q.afspraken, 'Nee']], chapters: [4, 5, 6], outcome: 'Hoofdstuk 4 t/m 6' },
  {
    name: 'agreements need attention',
    answers: [[Q.kennismaking, 'Nee'], [Q.inzicht, 'Ja'], [Q.afspraken, 'Ja'], [Q.nakomen, 'Ja']],
    chapters: [5, 6],
    outcome: 'Hoofdstuk 5 en 6',
  },
  {
    name: 'all is well',
    answers: [[Q.kennismaking, 'Nee'], [Q.inzicht, 'Ja'], [Q.afspraken, 'Ja'], [Q.nakomen, 'Nee']],
    chapters: [6],
    outcome: 'Hoofdstuk 6',
  },
];

for (const route of routes) {
  test(`route "${route.name}" gives chapters ${route.chapters.join(', ')}`, async ({ page }) => {
    await startNewGesprek(page);
    for (const [question, value] of route.answers) await answer(page, question, value);
    await expect(page.getByText(`Uitkomst: ${route.outcome}.`)).toBeVisible();

    const nav = chapterNav(page);
    const chapterLinks = nav.getByRole('link', { name: /^Hoofdstuk [3-6]/ });
    await expect(chapterLinks).toHaveText(route.chapters.map((n) => new RegExp(`^Hoofdstuk ${n} `)));
    await expect(nav.getByRole('link', { name: 'Contactpersonen' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Hoofdstuk 2 Het gesprek beginnen' })).toBeVisible();

    await page.getByRole('link', { name: `Naar hoofdstuk ${route.chapters[0]}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Hoofdstuk ${route.chapters[0]}`) })).toBeVisible();
  });
}

test('changing an earlier answer clears the questions that no longer apply', async ({ page }) => {
  await startNewGesprek(page);
  await answer(page, Q.kennismaking, 'Nee');
  await answer(page, Q.inzicht, 'Ja');
  await answer(page, Q.afspraken, 'Nee');
  await expect(page.getByText('Uitkomst: Hoofdstuk 4 t/m 6.')).toBeVisible();
  await answer(page, Q.kennismaking, 'Ja');
  await expect(page.getByRole('group', { name: Q.inzicht })).toHaveCount(0);
  await expect(page.getByText('Uitkomst: Hoofdstuk 3 t/m 6.')).toBeVisible();
  await answer(page, Q.kennismaking, 'Nee');
  await expect(page.getByRole('group', { name: Q.inzicht }).getByRole('radio', { name: 'Ja' })).not.toBeChecked();
  await expect(page.getByText(/Nog geen uitkomst/)).toBeVisible();
});

test('"Alle hoofdstukken tonen" adds the chapters outside the route, marked so', async ({ page }) => {
  await startNewGesprek(page);
  for (const [q, v] of [[Q.kennismaking, 'Nee'], [Q.inzicht, 'Ja'], [Q.afspraken, 'Ja'], [Q.nakomen, 'Nee']] as const) await answer(page, q, v);
  const nav = chapterNav(page);
  await expect(nav.getByRole('link', { name: /^Hoofdstuk 3/ })).toHaveCount(0);
  await nav.getByRole('switch', { name: 'Alle hoofdstukken tonen' }).check();
  await expect(nav.getByRole('link', { name: /^Hoofdstuk 3 .*buiten de route/ })).toBeVisible();
});
