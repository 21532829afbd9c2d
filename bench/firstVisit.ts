/**
 * P9: first visit → the service worker active with everything precached, on a slow link.
 * The real server behind a shaping TCP relay (bench/support/shapingRelay.ts: 10 Mbit/s down,
 * 5 up, 40 ms RTT, all connections share it); a cold Chromium profile on disk per run opens home
 * through it; an init script logs performance.now() when home says "Klaar voor gebruik zonder
 * internet" (which it does once the service worker is active, i.e. its install precached every
 * file). Floor: the compressed bytes of the precache (as the server sends them, brotli) plus the
 * first screen, at 10 Mbit/s. Median of 5 cold runs, without and with CPU throttling ×4.
 * Run with `npx tsx bench/firstVisit.ts`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { precachedUrls } from '../e2e/offline.support.ts';
import { startAppServer } from './support/appServer.ts';
import { benchBuild } from './support/benchBuild.ts';
import { CHROMIUM_ARGS } from './support/chromium.ts';
import { CPU_RATES, throttleCpu } from './support/cpuThrottle.ts';
import { loadNow } from './support/load.ts';
import { BENCH_TMP } from './support/paths.ts';
import { emitRow, ratio } from './support/report.ts';
import { kB, median, ms } from './support/stats.ts';
import { startShapingRelay, type LinkShape } from './support/shapingRelay.ts';

const SHAPE: LinkShape = { downMbit: 10, upMbit: 5, rttMs: 40 };
const RUNS = 5;
const READY = 'bench-ready ';
const WATCH = `(() => {
  const observer = new MutationObserver(() => {
    if ((document.body?.textContent ?? '').includes('Klaar voor gebruik zonder internet')) {
      observer.disconnect();
      console.debug('${READY}' + performance.now());
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

/** What the server sends for a file: its brotli copy when the build wrote one. */
const wireSize = (dist: string, url: string) => {
  const file = join(dist, url.replace(/^\//, ''));
  return existsSync(`${file}.br`) ? statSync(`${file}.br`).size : statSync(file).size;
};

const built = await benchBuild();
const precache = [...new Set(precachedUrls(built.outDir))];
const sw = readFileSync(join(built.outDir, 'sw.js'), 'utf8');
const workbox = /importScripts\(["']\.?\/?([^"']+)["']\)|"\.\/(workbox-[\w-]+\.js)"|(workbox-[\w-]+\.js)/.exec(sw);
const extra = ['sw.js', ...(workbox ? [workbox[1] ?? workbox[2] ?? workbox[3] ?? ''] : [])].filter(Boolean);
const floorBytes = [...new Set([...precache, ...extra])].reduce((sum, url) => sum + wireSize(built.outDir, url), 0);
const floorMs = (floorBytes * 8 * 1000) / (SHAPE.downMbit * 1e6);

const server = await startAppServer({ staticDir: built.outDir });
const relay = await startShapingRelay(server.port, SHAPE);
const results: Record<number, { times: number[]; loads: number[]; down: number[] }> = {};
try {
  for (const rate of CPU_RATES) {
    results[rate] = { times: [], loads: [], down: [] };
    for (let run = 0; run < RUNS; run++) {
      const profile = mkdtempSync(join(BENCH_TMP, 'profile-'));
      const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        await page.addInitScript({ content: WATCH });
        if (rate !== 1) await throttleCpu(page, rate);
        relay.reset();
        const reported = page.waitForEvent('console', { predicate: (m) => m.text().startsWith(READY), timeout: 180_000 });
        await page.goto(`${relay.origin}/`, { waitUntil: 'commit' });
        const ready = Number((await reported).text().slice(READY.length));
        const cached = await page.evaluate(async () => {
          let n = 0;
          for (const name of await caches.keys()) n += (await (await caches.open(name)).keys()).length;
          return n;
        });
        if (cached < precache.length) throw new Error(`only ${cached} of ${precache.length} files cached when home said ready`);
        results[rate].times.push(ready);
        results[rate].loads.push(loadNow());
        results[rate].down.push(relay.bytes().down);
        console.log(`  ×${rate} run ${run + 1}: ready ${ms(ready)}, ${kB(relay.bytes().down)} down, ${cached} cached [load ${loadNow().toFixed(1)}]`);
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
    }
  }
} finally {
  await relay.stop();
  await server.stop();
}

const t1 = median(results[1]!.times);
const t4 = median(results[4]!.times);
const fmtLoad = (rate: number) => median(results[rate]!.loads).toFixed(1);
emitRow({
  id: 'P9',
  what: 'first visit → service worker active, everything precached ("Klaar voor gebruik zonder internet"), 10 Mbit/s down, 5 up, 40 ms RTT',
  result: `median ${ms(t1)} [load ${fmtLoad(1)}] · ×4 CPU ${ms(t4)} [load ${fmtLoad(4)}]; ${kB(median(results[1]!.down))} down`,
  floor: `${kB(floorBytes)} precache (brotli as served) at 10 Mbit/s = ${ms(floorMs)}`,
  ratio: `${ratio(t1, floorMs)} (×4: ${ratio(t4, floorMs)})`,
  goal: '≤ 1.5× floor',
  met: t1 <= 1.5 * floorMs,
  method: `real server behind a shaping TCP relay in node (bench/support/shapingRelay.ts: one shared 10/5 Mbit/s link, 20 ms each way, one RTT per new connection) carrying all traffic; a fresh on-disk Chromium profile per run opens home; navigation start → home shows "Klaar voor gebruik zonder internet" (MutationObserver in an init script), then the Cache Storage is checked to hold all ${precache.length} precached files; ${RUNS} cold runs each without and with Emulation.setCPUThrottlingRate 4. Floor: the bytes of every precached file, sw.js and the workbox runtime as the server sends them (.br), ÷ 10 Mbit/s.`,
});
