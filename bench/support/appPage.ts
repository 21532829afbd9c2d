/** Steps in the real app that several benches share. */
import type { Page } from '@playwright/test';
import { openChapter } from './pairing.ts';

/** Home → "Nieuw gesprek" → route Ja (chapters 3–6); returns the gesprek id. */
export async function startGesprek(page: Page, origin: string): Promise<string> {
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'Nieuw gesprek' }).click();
  await page.getByRole('dialog', { name: 'Nieuw gesprek' }).getByRole('button', { name: 'Overslaan' }).click();
  await page.getByRole('heading', { level: 1, name: /Hoofdstuk 2/ }).waitFor();
  await page.getByRole('group', { name: 'Eerste kennismaking?' }).getByRole('radio', { name: 'Ja' }).check();
  const id = /#\/gesprek\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no gesprek id in ${page.url()}`);
  return id;
}

export { openChapter };

/** Adds Yjs updates to a gesprek's database as the app stores them: one entry each (the page must not have it open). */
export async function writeDocUpdates(page: Page, gesprekId: string, updates: Uint8Array[]): Promise<void> {
  const encoded = updates.map((u) => Buffer.from(u).toString('base64'));
  await page.evaluate(
    async ({ name, encoded }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['updates'], 'readwrite');
        const store = tx.objectStore('updates');
        for (const text of encoded) store.add(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error ?? new Error('aborted'));
      });
      db.close();
    },
    { name: `gesprek-doc-${gesprekId}`, encoded },
  );
}
