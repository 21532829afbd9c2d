/**
 * Paired A/B of P3's offline reload for two builds (not a bench row): on a machine whose load
 * swings from minute to minute, two runs of bench/offlineReload.ts minutes apart compare the load,
 * not the builds. Here each build has its own server, profile and service worker, set up as P3
 * (an unshared and a shared gesprek holding the 10k-edit history, server stopped), and the
 * reloads alternate A, B, A, B… so both see the same load. Prints p50 per build and screen and
 * the median of the paired differences.
 * `AB_A=bench/.tmp/dist-base AB_B=bench/.tmp/dist-b npx tsx bench/abReload.ts` (AB_N reloads each, default 9).
 */
import * as Y from 'yjs';
import type { BrowserContext, Page } from '@playwright/test';
import { startAppServer } from './support/appServer.ts';
import { startGesprek, writeDocUpdates } from './support/appPage.ts';
import { withDiskProfile } from './support/chromium.ts';
import { CPU_RATES, throttleCpu } from './support/cpuThrottle.ts';
import { loadNow } from './support/load.ts';
import { typeEdits } from './support/offlineEdits.ts';
import { asStored, trimmedState, measureReload, rememberExpectedText, watchReady } from './support/offlineReady.ts';
import { summarize } from './support/stats.ts';

const FIELD = 'afspraak.1.preventie';
const N = Number(process.env.AB_N ?? 9);
const builds = { A: process.env.AB_A, B: process.env.AB_B };
if (!builds.A || !builds.B) throw new Error('set AB_A and AB_B to two build folders');

function historyUpdates(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  typeEdits(doc, 10_000, 7);
  return asStored(updates, 400, trimmedState);
}

type Screen = 'floor' | 'unshared' | 'shared';
const SCREENS = (process.env.AB_SCREENS ?? 'floor,unshared,shared').split(',') as Screen[];
const RATES = process.env.AB_RATES ? process.env.AB_RATES.split(',').map(Number) : CPU_RATES;

async function prepare(context: BrowserContext, dir: string, updates: Uint8Array[]): Promise<{ page: Page; urls: Record<Screen, string> }> {
  const server = await startAppServer({ staticDir: dir });
  const page = await context.newPage();
  await page.addInitScript({ content: watchReady(FIELD) });
  const unshared = await startGesprek(page, server.origin);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const shared = await startGesprek(page, server.origin);
  await page.getByRole('button', { name: 'Delen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gesprek delen met de andere tablet' });
  await dialog.getByRole('group', { name: 'Deze tablet is van' }).getByRole('radio', { name: 'School' }).check();
  await dialog.getByLabel('Link').inputValue();
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await page.getByRole('status').filter({ hasText: 'Verbonden' }).first().waitFor({ timeout: 30_000 });
  await page.goto(`${server.origin}/#/`);
  await page.locator('.app-gesprek-row').first().waitFor();
  for (const id of [unshared, shared]) await writeDocUpdates(page, id, updates);
  await page.goto(`${server.origin}/bench-floor.html`);
  await page.goto(`${server.origin}/bench-floor.html`);
  for (const id of [unshared, shared]) await rememberExpectedText(page, server.origin, id, FIELD);
  await server.stop();
  return {
    page,
    urls: { floor: `${server.origin}/bench-floor.html`, unshared: `${server.origin}/#/gesprek/${unshared}/h4`, shared: `${server.origin}/#/gesprek/${shared}/h4` },
  };
}

const updates = historyUpdates();
await withDiskProfile((contextA) =>
  withDiskProfile(async (contextB) => {
    const a = await prepare(contextA, builds.A!, updates);
    const b = await prepare(contextB, builds.B!, updates);
    for (const rate of RATES) {
      await throttleCpu(a.page, rate);
      await throttleCpu(b.page, rate);
      for (const screen of SCREENS) {
        const times = { A: [] as number[], B: [] as number[] };
        for (const side of [a, b]) {
          await side.page.goto(side.urls[screen]).catch(() => undefined);
          await measureReload(side.page, FIELD);
        }
        const loads: number[] = [];
        for (let i = 0; i < N; i++) {
          // Alternate which goes first, so neither always follows the other.
          const order = i % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
          for (const side of order) times[side].push(await measureReload(side === 'A' ? a.page : b.page, FIELD));
          loads.push(loadNow());
        }
        const diffs = times.A.map((t, i) => t - times.B[i]!);
        const p50 = (v: number[]) => summarize(v).p50.toFixed(1);
        console.log(`${screen}×${rate}: A p50 ${p50(times.A)} ms · B p50 ${p50(times.B)} ms · paired A−B median ${p50(diffs)} ms [load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}]`);
        console.log(`    A ${times.A.map((t) => t.toFixed(0)).join(', ')}\n    B ${times.B.map((t) => t.toFixed(0)).join(', ')}`);
      }
    }
  }),
);
