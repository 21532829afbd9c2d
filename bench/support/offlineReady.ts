/**
 * How P3-style rows time "offline reload → usable" (bench/offlineReload.ts, bench/historyReload.ts):
 * an init script's MutationObserver logs performance.now() (ms since navigation start) once the
 * screen is usable, and the harness waits for that console line.
 */
import * as Y from 'yjs';
import type { Page } from '@playwright/test';

/** What the page logs once the screen is usable, followed by performance.now(). */
const READY = 'bench-ready ';

/**
 * Runs in the page before any of its scripts. A string, not a function: tsx's transform would
 * add helpers (`__name`) to a function's body that do not exist in the page. It reports through
 * the console, so the harness never runs script in the page while the app is still opening
 * (polling would inject Playwright's own script there and steal the main thread).
 * Usable: a gesprek's `field` enabled and holding the text stored in sessionStorage under
 * `bench-expected-<id>` (see rememberExpectedText); home's "Nieuw gesprek" enabled with the list shown.
 */
export const watchReady = (field: string): string => `(() => {
  const isGesprek = location.hash.startsWith('#/gesprek/');
  if (location.pathname.startsWith('/bench-floor')) return;
  const expected = sessionStorage.getItem('bench-expected-' + (location.hash.split('/')[2] || ''));
  const ready = () => {
    if (isGesprek) {
      const el = document.querySelector('[data-field="${field}"] textarea');
      return !!el && !el.disabled && !el.readOnly && el.value.length > 0 && el.value === expected;
    }
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Nieuw gesprek');
    return !!button && !button.disabled && document.querySelector('.app-gesprek-row') !== null;
  };
  const observer = new MutationObserver(() => {
    if (ready()) {
      observer.disconnect();
      console.debug('${READY}' + performance.now());
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
})();`;

/** Reloads the page and returns when (ms since navigation start) the page said it was usable. */
export async function measureReload(page: Page, field: string, attempt = 1): Promise<number> {
  const reported = page.waitForEvent('console', { predicate: (m) => m.text().startsWith(READY), timeout: 20_000 });
  try {
    await page.reload({ waitUntil: 'commit' });
    return Number((await reported).text().slice(READY.length));
  } catch (error) {
    // A reload issued while the previous navigation (goto to another screen) is still settling can
    // find no page to reload ("Not attached to an active page"): let it settle and reload again.
    if (attempt === 1 && error instanceof Error && error.message.includes('Not attached to an active page')) {
      reported.catch(() => undefined);
      await page.waitForLoadState('load').catch(() => undefined);
      return measureReload(page, field, 2);
    }
    const seen = await page.evaluate((f) => {
      const el = document.querySelector<HTMLTextAreaElement>(`[data-field="${f}"] textarea`);
      return { url: location.href, field: el?.value.length, h1: document.querySelector('h1')?.textContent };
    }, field);
    throw new Error(`screen never became ready: ${JSON.stringify(seen)}`, { cause: error });
  }
}

/** Opens the gesprek online once and keeps the field's full text, so "usable" means "all text there". */
export async function rememberExpectedText(page: Page, origin: string, gesprekId: string, field: string): Promise<void> {
  await page.goto(`${origin}/#/gesprek/${gesprekId}/h4`);
  await page.waitForFunction((f) => (document.querySelector<HTMLTextAreaElement>(`[data-field="${f}"] textarea`)?.value.length ?? 0) > 0, field);
  const expected = await page.locator(`[data-field="${field}"] textarea`).inputValue();
  await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [`bench-expected-${gesprekId}`, expected] as const);
}

/** A gesprek's updates as the app's store leaves them: its last trim's entry (`merge`: trimmedState, as the app), then single updates since. */
/** What the app's trim writes (docPersistence, like y-indexeddb): the whole state, runs merged. */
export function trimmedState(updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

export function asStored(updates: readonly Uint8Array[], sinceTrim: number, merge: (u: Uint8Array[]) => Uint8Array): Uint8Array[] {
  return [merge(updates.slice(0, updates.length - sinceTrim)), ...updates.slice(updates.length - sinceTrim)];
}
