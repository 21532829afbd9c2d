import { expect, test, type Page } from '@playwright/test';
import { answer, chapterNav, expectSaved, Q, startNewGesprek } from './support/gesprek.ts';

const field = (page: Page) => page.getByLabel('De samenwerking evalueren');

async function openChapter5(page: Page): Promise<void> {
  await chapterNav(page).getByRole('link', { name: /^Hoofdstuk 5/ }).click();
  await expect(field(page)).toBeVisible();
}

test('"Opgeslagen" is true: the page closed right after typing, reopened, has every character', async ({ context }) => {
  const page = await context.newPage();
  const id = await startNewGesprek(page);
  await answer(page, Q.kennismaking, 'Ja');
  await openChapter5(page);
  const typed = 'Elke drie maanden overleg; daarna evalueren met de wijkagent. Ééntje nog: 42!';
  // Typed faster than anyone types (about 30 keys a second), then the tab is closed at once,
  // without waiting for the status line: stricter than the "closed 100 ms after typing".
  await field(page).pressSequentially(typed, { delay: 30 });
  await page.close();

  const again = await context.newPage();
  await again.goto(`/#/gesprek/${id}`);
  await openChapter5(again);
  await expect(field(again)).toHaveValue(typed);
});

/**
 * Makes IndexedDB writes fail on demand, as a full tablet does: either `add`/`put` throw a
 * QuotaExceededError, or the transaction aborts at commit with that error (Chrome).
 */
async function breakIndexedDbOnDemand(page: Page, how: 'throw' | 'abort'): Promise<void> {
  await page.addInitScript((mode) => {
    const w = window as unknown as { failWrites: boolean };
    w.failWrites = false;
    const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (mode === 'throw') {
      for (const method of ['add', 'put'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
          if (w.failWrites) throw quota();
          return original.apply(this, args);
        };
      }
    } else {
      const original = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
        const tx = original.apply(this, args);
        if (w.failWrites && args[1] === 'readwrite') {
          Object.defineProperty(tx, 'error', { get: quota });
          // Chrome aborts at commit: an explicit commit() aborts too, as does the end of the task.
          tx.commit = () => tx.abort();
          setTimeout(() => tx.abort());
        }
        return tx;
      } as IDBDatabase['transaction'];
    }
  }, how);
}

const setFailWrites = (page: Page, fail: boolean) =>
  page.evaluate((value) => ((window as unknown as { failWrites: boolean }).failWrites = value), fail);

for (const how of ['throw', 'abort'] as const) {
  test(`a full tablet (${how === 'throw' ? 'QuotaExceededError thrown' : 'transaction aborted with QuotaExceededError'}) is told in Dutch; nothing claims saved; saved text stays`, async ({ page }) => {
    await breakIndexedDbOnDemand(page, how);
    const id = await startNewGesprek(page);
    await answer(page, Q.kennismaking, 'Ja');
    await openChapter5(page);
    await field(page).fill('Al opgeslagen.');
    await expectSaved(page);

    await setFailWrites(page, true);
    await field(page).pressSequentially(' Dit past niet meer.');
    const alert = page.getByRole('alert').filter({ hasText: 'Deze tablet heeft geen ruimte meer' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Maak een reservekopie');
    await expect(page.getByText('Opgeslagen op dit apparaat')).toHaveCount(0);

    // Reloaded (the failure switched off again): what was saved is there.
    await page.reload();
    await openChapter5(page);
    await expect(field(page)).toHaveValue('Al opgeslagen.');
    expect(page.url()).toContain(id);
  });
}

test('when space comes back, the edit that failed is stored too before "Opgeslagen" shows', async ({ page }) => {
  await breakIndexedDbOnDemand(page, 'throw');
  await startNewGesprek(page);
  await answer(page, Q.kennismaking, 'Ja');
  await openChapter5(page);
  await field(page).fill('Eerst.');
  await expectSaved(page);
  await setFailWrites(page, true);
  await field(page).pressSequentially(' Tijdens de storing.');
  await expect(page.getByRole('alert').filter({ hasText: 'geen ruimte meer' })).toBeVisible();
  await setFailWrites(page, false);
  // No more typing: the app retries by itself.
  await expectSaved(page);
  await page.reload();
  await openChapter5(page);
  await expect(field(page)).toHaveValue('Eerst. Tijdens de storing.');
});

test('home says so in Dutch when the list of gesprekken cannot be read', async ({ page }) => {
  await page.addInitScript(() => {
    const original = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      if (name === 'gesprek-school-politie') throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
      return version === undefined ? original.call(this, name) : original.call(this, name, version);
    };
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(/opslag van deze tablet.*Herlaad de app/i);
  await page.getByRole('button', { name: 'Nieuw gesprek' }).click();
  await page.getByRole('dialog', { name: 'Nieuw gesprek' }).getByRole('button', { name: 'Overslaan' }).click();
  await expect(page.getByRole('alert').last()).toContainText(/mislukt/);
});
