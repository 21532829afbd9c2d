/**
 * H2 (issue 11): P3's offline reload → usable (bench/support/offlineReady.ts, the same init-script
 * timing as bench/offlineReload.ts) of a gesprek with 20,000 keystrokes of history
 * (bench/support/trackedTyping.ts), next to the same typing without history and P3's floor page,
 * all in one run. Both gesprekken are stored as the app leaves them (one entry from the last trim,
 * which writes the document's state, + 400 single updates); the tracker, its records and the
 * conflict check run on open as in the app. Without and with CPU throttling ×4. Run with `npx tsx bench/historyReload.ts`.
 */
import { startAppServer } from './support/appServer.ts';
import { startGesprek, writeDocUpdates } from './support/appPage.ts';
import { benchBuild } from './support/benchBuild.ts';
import { withDiskProfile } from './support/chromium.ts';
import { CPU_RATES, throttleCpu } from './support/cpuThrottle.ts';
import { loadNow } from './support/load.ts';
import { asStored, trimmedState, measureReload, rememberExpectedText, watchReady } from './support/offlineReady.ts';
import { emitRow, ratio } from './support/report.ts';
import { kB, ms, summarize } from './support/stats.ts';
import { KEYSTROKES, typedGesprek } from './support/trackedTyping.ts';

const RELOADS = 5;
const SINCE_TRIM = 400;
/** A field the typing fills, on chapter 4. */
const FIELD = 'afspraak.1.preventie';

type Screen = 'floor' | 'without' | 'with';
const SCREENS: Screen[] = ['floor', 'without', 'with'];

/** What the app's trim writes: the document's state, with what was deleted collected (docPersistence.ts). */
const stored = {
  without: asStored(typedGesprek(false).updates, SINCE_TRIM, trimmedState),
  with: asStored(typedGesprek(true).updates, SINCE_TRIM, trimmedState),
};
const storedBytes = (updates: Uint8Array[]) => updates.reduce((n, u) => n + u.byteLength, 0);
console.log(`  stored: without history ${kB(storedBytes(stored.without))}, with history ${kB(storedBytes(stored.with))} (${stored.with.length} entries each)`);
const built = await benchBuild();
const server = await startAppServer({ staticDir: built.outDir });
let serverRunning = true;
try {
  const result = await withDiskProfile(async (context) => {
    const page = await context.newPage();
    await page.addInitScript({ content: watchReady(FIELD) });
    const ids = { without: await startGesprek(page, server.origin), with: await startGesprek(page, server.origin) };
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.goto(`${server.origin}/#/`);
    await page.locator('.app-gesprek-row').first().waitFor();
    await writeDocUpdates(page, ids.without, stored.without);
    await writeDocUpdates(page, ids.with, stored.with);
    await page.goto(`${server.origin}/bench-floor.html`);
    await page.goto(`${server.origin}/bench-floor.html`); // the value now exists
    for (const id of Object.values(ids)) await rememberExpectedText(page, server.origin, id, FIELD);
    await server.stop();
    serverRunning = false;

    const urls: Record<Screen, string> = {
      floor: `${server.origin}/bench-floor.html`,
      without: `${server.origin}/#/gesprek/${ids.without}/h4`,
      with: `${server.origin}/#/gesprek/${ids.with}/h4`,
    };
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
    return { controlled, times, loads };
  });

  const p50 = (screen: Screen, rate: number) => summarize(result.times[`${screen}×${rate}`] ?? []).p50;
  const fmt = (rate: number) => `with history ${ms(p50('with', rate))} · without ${ms(p50('without', rate))}`;
  console.log(`  every offline reload served by the service worker: ${result.controlled}`);
  emitRow({
    id: 'H2',
    what: `offline reload → usable, gesprek with ${KEYSTROKES.toLocaleString('en')} keystrokes of history`,
    result: `p50 ${fmt(1)} [load ${result.loads[1]?.toFixed(1)}]; ×4 CPU ${fmt(4)} [load ${result.loads[4]?.toFixed(1)}] (n ${RELOADS} each)`,
    floor: `minimal SW page reading one IDB value p50 ${ms(p50('floor', 1))} (×4 ${ms(p50('floor', 4))})`,
    ratio: `${ratio(p50('with', 1), p50('without', 1))} of without history; ${ratio(p50('with', 1), p50('floor', 1))} of floor (p50)`,
    goal: 'p50 ≤ 150 ms unthrottled, with history',
    met: result.controlled && p50('with', 1) <= 150,
    method: `As P3 (Chromium, on-disk profile, production build + service worker, server stopped, navigation start → chapter-4 field enabled with its full text, logged by a MutationObserver in an init script), for two unshared gesprekken holding the same ${KEYSTROKES} seeded keystrokes typed with and without the field tracker (bench/support/trackedTyping.ts), each stored as the app leaves it (one entry from its last trim, encodeStateAsUpdate, + ${SINCE_TRIM} single updates since); ${RELOADS} reloads after 1 warm-up per screen, without and with Emulation.setCPUThrottlingRate 4. Floor: P3's bench-floor.html.`,
  });
} finally {
  if (serverRunning) await server.stop();
}
