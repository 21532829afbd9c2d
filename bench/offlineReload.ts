/**
 * P3: offline reload → interactive, home and an open gesprek with a 10k-edit history.
 * Chromium with an on-disk profile visits the real server (production build with its service
 * worker), starts a gesprek through the UI, and we add a 10,000-edit history to that gesprek's
 * y-indexeddb database: the edits are made in node (one transaction each, bench/support/offlineEdits)
 * and written into the app's database exactly as the app stores updates (one entry per update).
 * The app then opens it once online and one more character is typed through the UI, which makes
 * the app's own trim compact the store (as it does after a pause in typing). Then the server is
 * stopped and each screen is reloaded; an init script's MutationObserver logs performance.now()
 * (ms since navigation start) to the console when the screen is usable: home's "Nieuw gesprek" enabled with the
 * list shown, or the gesprek's first field (chapter 4) enabled and holding the full text.
 * Also a floor row: raw Y.applyUpdate of the same 10k-edit document in node.
 * Run with `npx tsx bench/offlineReload.ts`.
 */
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { startAppServer } from './support/appServer.ts';
import { benchBuild } from './support/benchBuild.ts';
import { withDiskProfile } from './support/chromium.ts';
import { typeEdits } from './support/offlineEdits.ts';
import { emitRow } from './support/report.ts';
import { ms, summarize } from './support/stats.ts';

const EDITS = 10_000;
const RELOADS = 11;
const FIELD = 'afspraak.1.preventie';

/** What the page logs once the screen is usable, followed by performance.now(). */
const READY = 'bench-ready ';

/**
 * Runs in the page before any of its scripts. A string, not a function: tsx's transform would
 * add helpers (`__name`) to a function's body that do not exist in the page. It reports through
 * the console, so the harness never runs script in the page while the app is still opening
 * (polling would inject Playwright's own script there and steal the main thread).
 */
const watchReady = (field: string): string => `(() => {
  const isGesprek = location.hash.startsWith('#/gesprek/');
  const expected = sessionStorage.getItem('bench-expected');
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

/** Where the time went in the last reload: DOMContentLoaded and the last script's arrival (ms since navigation). */
const phases: Array<{ dcl: number; scripts: number }> = [];

async function measureReload(page: Page): Promise<number> {
  const reported = page.waitForEvent('console', { predicate: (m) => m.text().startsWith(READY), timeout: 20_000 });
  try {
    await page.reload({ waitUntil: 'commit' });
    const ready = Number((await reported).text().slice(READY.length));
    phases.push(
      await page.evaluate(() => ({
        dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? NaN,
        scripts: Math.max(0, ...performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).map((r) => (r as PerformanceResourceTiming).responseEnd)),
      })),
    );
    return ready;
  } catch (error) {
    const seen = await page.evaluate((f) => {
      const el = document.querySelector<HTMLTextAreaElement>(`[data-field="${f}"] textarea`);
      return { url: location.href, field: el?.value.length, expected: sessionStorage.getItem('bench-expected')?.length, h1: document.querySelector('h1')?.textContent };
    }, FIELD);
    throw new Error(`screen never became ready: ${JSON.stringify(seen)}`, { cause: error });
  }
}

function historyUpdates(): { updates: string[]; doc: Y.Doc } {
  const doc = new Y.Doc();
  const updates: string[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(Buffer.from(update).toString('base64')));
  typeEdits(doc, EDITS, 7);
  return { updates, doc };
}

const built = await benchBuild();
const server = await startAppServer({ staticDir: built.outDir });
let serverRunning = true;
const { updates, doc: history } = historyUpdates();
try {
  const result = await withDiskProfile(async (context) => {
    const page = await context.newPage();
    await page.addInitScript({ content: watchReady(FIELD) });
    await page.goto(`${server.origin}/`);
    const sw = await page.evaluate(async () => {
      if (!('serviceWorker' in navigator)) return false;
      const deadline = Date.now() + 20_000;
      while (!navigator.serviceWorker.controller && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      return navigator.serviceWorker.controller !== null;
    });

    await page.getByRole('button', { name: 'Nieuw gesprek' }).click();
    await page.getByRole('heading', { level: 1, name: /Hoofdstuk 2/ }).waitFor();
    const id = /#\/gesprek\/([^/]+)/.exec(page.url())?.[1];
    if (!id) throw new Error(`no gesprek id in ${page.url()}`);
    await page.goto(`${server.origin}/#/`);
    await page.locator('.app-gesprek-row').first().waitFor();

    // The history, stored the way the app stores it: one IndexedDB entry per update.
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
      { name: `gesprek-doc-${id}`, encoded: updates },
    );

    // First open (online): 10k separate entries. Then one keystroke through the UI lets the app trim.
    const gesprekUrl = `${server.origin}/#/gesprek/${id}/h4`;
    await page.goto(gesprekUrl);
    const field = page.locator(`[data-field="${FIELD}"] textarea`);
    await page.waitForFunction((f) => (document.querySelector<HTMLTextAreaElement>(`[data-field="${f}"] textarea`)?.value.length ?? 0) > 0, FIELD);
    await field.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('.');
    await page.getByRole('status').filter({ hasText: 'Opgeslagen op dit apparaat' }).waitFor();
    await page.waitForTimeout(2500); // the app trims 1 s after the last write
    const expected = await field.inputValue();
    const stored = await page.evaluate(async (name) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      const count = await new Promise<number>((resolve) => {
        const request = db.transaction(['updates']).objectStore('updates').count();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return count;
    }, `gesprek-doc-${id}`);
    await page.evaluate((value) => sessionStorage.setItem('bench-expected', value), expected);
    const onlineReload = await measureReload(page); // the same gesprek, server still up

    await server.stop();
    serverRunning = false;

    const times: Record<'home' | 'gesprek', number[]> = { home: [], gesprek: [] };
    const where: Record<'home' | 'gesprek', Array<{ dcl: number; scripts: number }>> = { home: [], gesprek: [] };
    let controlled = true;
    for (const [screen, url] of [['home', `${server.origin}/#/`], ['gesprek', gesprekUrl]] as const) {
      await page.goto(url).catch(() => undefined);
      await measureReload(page); // warm-up
      for (let i = 0; i < RELOADS; i++) {
        times[screen].push(await measureReload(page));
        where[screen].push(phases[phases.length - 1] ?? { dcl: NaN, scripts: NaN });
        controlled &&= await page.evaluate(() => navigator.serviceWorker.controller !== null);
      }
    }
    return { sw, controlled, times, where, stored, onlineReload, length: expected.length };
  });

  const home = summarize(result.times.home);
  const gesprek = summarize(result.times.gesprek);
  console.log(`  service worker controlling: ${result.sw}; every offline reload served by it: ${result.controlled}`);
  console.log(`  gesprek store after the app's trim: ${result.stored} IndexedDB entries; field text ${result.length} chars`);
  console.log(`  one online reload of that gesprek (server up, for comparison): ${ms(result.onlineReload)}`);
  for (const screen of ['home', 'gesprek'] as const) {
    const dcl = summarize(result.where[screen].map((w) => w.dcl)).p50;
    const scripts = summarize(result.where[screen].map((w) => w.scripts)).p50;
    console.log(`  ${screen} p50 phases: DOMContentLoaded ${ms(dcl)}, last script received ${ms(scripts)}, usable ${ms(summarize(result.times[screen]).p50)}`);
  }
  console.log(`  home: ${result.times.home.map((t) => t.toFixed(0)).join(', ')} ms; gesprek: ${result.times.gesprek.map((t) => t.toFixed(0)).join(', ')} ms`);
  emitRow({
    id: 'P3',
    what: 'offline reload → interactive (home; gesprek with 10k-edit history)',
    result: `home p50 ${ms(home.p50)} · gesprek p50 ${ms(gesprek.p50)} (n ${gesprek.n} each)`,
    goal: 'p50 ≤ 150 ms',
    met: result.sw && result.controlled && home.p50 <= 150 && gesprek.p50 <= 150,
    method: `Chromium, on-disk profile, production build + service worker (${result.sw ? 'controlling' : 'NOT active: online reload'}), server stopped; ${EDITS} one-char edits made in node, written to the gesprek's y-indexeddb store as the app writes them, compacted by the app's own trim after one UI keystroke (${result.stored} entries); navigation start → first chapter-4 field enabled with its full ${result.length}-char text (home: "Nieuw gesprek" enabled + list), logged by a MutationObserver in an init script (nothing polls the page while it opens); ${RELOADS} reloads after 1 warm-up.`,
  });
} finally {
  if (serverRunning) await server.stop();
}

// Floor: decoding the same history with nothing else around it.
const state = Y.encodeStateAsUpdate(history);
const applyTimes: number[] = [];
for (let i = 0; i < 2 + RELOADS; i++) {
  const start = performance.now();
  Y.applyUpdate(new Y.Doc(), state);
  if (i >= 2) applyTimes.push(performance.now() - start);
}
const apply = summarize(applyTimes);
emitRow({
  id: 'F1',
  what: `floor: raw Y.applyUpdate of the ${EDITS / 1000}k-edit history (node)`,
  result: `median ${ms(apply.p50)} (${(state.length / 1024).toFixed(1)} kB update)`,
  goal: '—',
  method: `Y.encodeStateAsUpdate of the P3 history doc applied to a fresh Y.Doc; ${RELOADS} runs after 2 warm-up.`,
});
