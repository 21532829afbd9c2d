/**
 * P3: offline reload → usable, for home, an unshared gesprek and a shared one (room key set, so
 * sync and crypto load and start on the way), each holding a realistic 10k-edit history as the
 * app leaves it: its last trim's whole state plus 400 single-edit entries since (the app
 * trims at 500). Chromium with an on-disk profile visits the real server (production build with
 * its service worker); the server is then stopped and each screen reloaded; an init script's
 * MutationObserver logs performance.now() (ms since navigation start) when the screen is usable:
 * home's "Nieuw gesprek" enabled with the list shown, or the gesprek's chapter-4 field enabled
 * and holding its full text. Floor: a minimal page served by the same service worker that reads
 * one IndexedDB value (bench/support/benchBuild.ts). Without and with CPU throttling ×4.
 * Also F1: raw Y.applyUpdate of the same document in node. Run with `npx tsx bench/offlineReload.ts`.
 */
import * as Y from 'yjs';
import { startAppServer } from './support/appServer.ts';
import { benchBuild } from './support/benchBuild.ts';
import { withDiskProfile } from './support/chromium.ts';
import { typeEdits } from './support/offlineEdits.ts';
import { startGesprek, writeDocUpdates } from './support/appPage.ts';
import { CPU_RATES, throttleCpu } from './support/cpuThrottle.ts';
import { loadNow } from './support/load.ts';
import { asStored, trimmedState, measureReload, rememberExpectedText, watchReady } from './support/offlineReady.ts';
import { emitRow, ratio } from './support/report.ts';
import { ms, summarize } from './support/stats.ts';

const EDITS = 10_000;
const RELOADS = 5;
const SINCE_TRIM = 400;
const FIELD = 'afspraak.1.preventie';

/** The stored form of a 10k-edit history: the last trim's merged entry, then single edits since. */
function historyUpdates(): { updates: Uint8Array[]; doc: Y.Doc } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  typeEdits(doc, EDITS, 7);
  return { updates: asStored(updates, SINCE_TRIM, trimmedState), doc };
}

type Screen = 'floor' | 'home' | 'unshared' | 'shared';
const SCREENS: Screen[] = ['floor', 'home', 'unshared', 'shared'];

const built = await benchBuild();
const server = await startAppServer({ staticDir: built.outDir });
let serverRunning = true;
const { updates, doc: history } = historyUpdates();
try {
  const result = await withDiskProfile(async (context) => {
    const page = await context.newPage();
    await page.addInitScript({ content: watchReady(FIELD) });
    const unsharedId = await startGesprek(page, server.origin);
    const sw = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      return true;
    });
    const sharedId = await startGesprek(page, server.origin);
    // "Delen" makes the room key and starts sync: from then on this gesprek opens with sync and crypto.
    await page.getByRole('button', { name: 'Delen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gesprek delen met de andere tablet' });
    await dialog.getByRole('group', { name: 'Deze tablet is van' }).getByRole('radio', { name: 'School' }).check();
    await dialog.getByLabel('Link').inputValue();
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await page.getByRole('status').filter({ hasText: 'Verbonden' }).first().waitFor({ timeout: 30_000 });
    await page.goto(`${server.origin}/#/`);
    await page.locator('.app-gesprek-row').first().waitFor();
    for (const id of [unsharedId, sharedId]) await writeDocUpdates(page, id, updates);
    await page.goto(`${server.origin}/bench-floor.html`);
    await page.goto(`${server.origin}/bench-floor.html`); // the value now exists

    const urls: Record<Screen, string> = {
      floor: `${server.origin}/bench-floor.html`,
      home: `${server.origin}/#/`,
      unshared: `${server.origin}/#/gesprek/${unsharedId}/h4`,
      shared: `${server.origin}/#/gesprek/${sharedId}/h4`,
    };
    // What the field holds once loaded (read once online), so "usable" means "all text there".
    for (const id of [unsharedId, sharedId]) await rememberExpectedText(page, server.origin, id, FIELD);
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
    }, `gesprek-doc-${sharedId}`);

    await server.stop();
    serverRunning = false;

    const times: Record<string, number[]> = {};
    const loads: Record<number, number> = {};
    let controlled = true;
    for (const rate of CPU_RATES) {
      await throttleCpu(page, rate);
      for (const screen of SCREENS) {
        const key = `${screen}×${rate}`;
        times[key] = [];
        await page.goto(urls[screen]).catch(() => undefined);
        await measureReload(page, FIELD); // warm-up
        for (let i = 0; i < RELOADS; i++) {
          times[key].push(await measureReload(page, FIELD));
          controlled &&= await page.evaluate(() => navigator.serviceWorker.controller !== null);
        }
        console.log(`  ${key}: ${times[key].map((t) => t.toFixed(0)).join(', ')} ms [load ${loadNow().toFixed(1)}]`);
      }
      loads[rate] = loadNow();
    }
    await throttleCpu(page, 1);
    return { sw, controlled, times, loads, stored };
  });

  const p50 = (screen: Screen, rate: number) => summarize(result.times[`${screen}×${rate}`] ?? []).p50;
  console.log(`  service worker active: ${result.sw}; every offline reload served by it: ${result.controlled}; shared gesprek store: ${result.stored} entries`);
  const fmt = (rate: number) => `home ${ms(p50('home', rate))} · unshared ${ms(p50('unshared', rate))} · shared ${ms(p50('shared', rate))}`;
  const shared1 = p50('shared', 1);
  const floor1 = p50('floor', 1);
  emitRow({
    id: 'P3',
    what: 'offline reload → usable (home; unshared and shared gesprek with a 10k-edit history)',
    result: `p50 ${fmt(1)} [load ${result.loads[1]?.toFixed(1)}]; ×4 CPU ${fmt(4)} [load ${result.loads[4]?.toFixed(1)}] (n ${RELOADS} each)`,
    floor: `minimal SW page reading one IDB value p50 ${ms(floor1)} (×4 ${ms(p50('floor', 4))})`,
    ratio: `${ratio(shared1, floor1)} (shared, p50)`,
    goal: 'shared ≤ 1.5× floor; p50 ≤ 150 ms unthrottled',
    met: result.sw && result.controlled && shared1 <= 1.5 * floor1 && Math.max(p50('home', 1), p50('unshared', 1), shared1) <= 150,
    method: `Chromium, on-disk profile, production build + service worker (controlling), server stopped; ${EDITS} one-char edits made in node, stored as the app leaves them (the last trim's whole state, encodeStateAsUpdate as the app writes it, + ${SINCE_TRIM} single edits: ${result.stored} entries), in an unshared gesprek and in one shared through "Delen" (room key, sync + crypto start on open); navigation start → chapter-4 field enabled with its full text (home: "Nieuw gesprek" enabled + list), logged by a MutationObserver in an init script (nothing polls the page while it opens); ${RELOADS} reloads after 1 warm-up per screen, without and with Emulation.setCPUThrottlingRate 4. Floor: bench-floor.html, precached by the same service worker, reads one IndexedDB value.`,
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
