import { expect, type Page } from '@playwright/test';

/** Starts a new gesprek from home (naming the school, or skipping that step) and waits until chapter 2 shows. */
export async function startNewGesprek(page: Page, origin = '', school = ''): Promise<string> {
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'Nieuw gesprek' }).click();
  const step = page.getByRole('dialog', { name: 'Nieuw gesprek' });
  if (school) {
    await step.getByRole('textbox', { name: 'Naam school' }).fill(school);
    await step.getByRole('button', { name: 'Gesprek beginnen' }).click();
  } else {
    await step.getByRole('button', { name: 'Overslaan' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: /Hoofdstuk 2/ })).toBeVisible();
  const id = /#\/gesprek\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no gesprek id in ${page.url()}`);
  return id;
}

export async function answer(page: Page, question: string, value: 'Ja' | 'Nee'): Promise<void> {
  await page.getByRole('group', { name: question }).getByRole('radio', { name: value }).check();
}

export const Q = {
  kennismaking: 'Eerste kennismaking?',
  inzicht: 'Inzicht in veiligheidsthema’s op de school?',
  afspraken: 'Samen afspraken gemaakt en vastgelegd?',
  nakomen: 'Heeft het nakomen van afspraken aandacht nodig?',
} as const;

export function chapterNav(page: Page) {
  return page.getByRole('navigation', { name: 'Onderdelen van het gesprek' });
}

/** Waits until the status line says the last edit is committed to IndexedDB. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen op dit apparaat' })).toBeVisible();
}

/** Opens "Delen", waits for the pairing link, reads it and closes the dialog. */
export async function readShareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Delen' }).click();
  await expect(page.getByLabel('Link')).toHaveValue(/#\/koppel\//);
  const link = await page.getByLabel('Link').inputValue();
  await page.getByRole('button', { name: 'Sluiten' }).click();
  return link;
}
