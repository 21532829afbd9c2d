/**
 * P6: keystroke in the real UI → "Opgeslagen op dit apparaat" on screen, in Chromium with an
 * on-disk profile (real IndexedDB). An init script records each keydown in chapter 5's field
 * (event.timeStamp) and, by a MutationObserver, when the save status line turns to
 * "Opgeslagen op dit apparaat" again; the next key is pressed only after that. Floor, same page,
 * alternating blocks: a raw IndexedDB add of 20 bytes in a transaction of its own, timed to
 * oncomplete. Without and with CPU throttling ×4. Run with `npx tsx bench/idbCommit.ts`.
 */
import type { Page } from '@playwright/test';
import { openChapter, startGesprek } from './support/appPage.ts';
import { startAppServer } from './support/appServer.ts';
import { benchBuild } from './support/benchBuild.ts';
import { withDiskProfile } from './support/chromium.ts';
import { CPU_RATES, throttleCpu } from './support/cpuThrottle.ts';
import { loadNow } from './support/load.ts';
import { emitRow, ratio } from './support/report.ts';
import { ms, summarize } from './support/stats.ts';

const BLOCKS = 4;
const PER_BLOCK = 40;
const WARMUP = 10;
const FRAME_MS = 1000 / 60;
const FIELD = 'samenwerking';

const RECORDER = `(() => {
  const bench = (window.__p6 = { keys: [], saved: [], waiters: [] });
  document.addEventListener('keydown', (e) => {
    if (e.target && e.target.closest && e.target.closest('[data-field="${FIELD}"]')) bench.keys.push(e.timeStamp);
  }, true);
  let last = '';
  new MutationObserver(() => {
    const line = document.querySelector('.app-status');
    const text = line ? line.textContent : '';
    if (text === 'Opgeslagen op dit apparaat' && last !== text) {
      bench.saved.push(performance.now());
      for (const w of bench.waiters.splice(0)) w();
    }
    last = text;
  }).observe(document, { childList: true, subtree: true, characterData: true });
  bench.untilSaved = (n) => new Promise((resolve) => {
    const check = () => (bench.saved.length >= n ? resolve(true) : bench.waiters.push(check));
    check();
  });
  bench.rawAdds = async (n) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('bench-floor', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('updates', { autoIncrement: true });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const times = [];
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      await new Promise((resolve, reject) => {
        const tx = db.transaction(['updates'], 'readwrite');
        tx.objectStore('updates').add(new Uint8Array(20).fill(i % 256));
        tx.oncomplete = resolve;
        tx.onabort = () => reject(tx.error);
      });
      times.push(performance.now() - start);
    }
    db.close();
    return times;
  };
})();`;

declare global {
  interface Window {
    __p6: { keys: number[]; saved: number[]; untilSaved(n: number): Promise<boolean>; rawAdds(n: number): Promise<number[]> };
  }
}

async function typeBlock(page: Page, count: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const before = await page.evaluate(() => ({ keys: window.__p6.keys.length, saved: window.__p6.saved.length }));
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
    await page.evaluate((n) => window.__p6.untilSaved(n), before.saved + 1);
    const { key, saved } = await page.evaluate((b) => ({ key: window.__p6.keys[b.keys] ?? NaN, saved: window.__p6.saved[b.saved] ?? NaN }), before);
    out.push(saved - key);
  }
  return out;
}

const built = await benchBuild();
const server = await startAppServer({ staticDir: built.outDir });
try {
  const results = await withDiskProfile(async (context) => {
    const page = await context.newPage();
    await page.addInitScript({ content: RECORDER });
    await startGesprek(page, server.origin);
    await openChapter(page, /^Hoofdstuk 5/);
    const field = page.locator(`[data-field="${FIELD}"] textarea`);
    await field.focus();
    const byRate: Record<number, { ui: number[]; raw: number[]; load: number }> = {};
    for (const rate of CPU_RATES) {
      await throttleCpu(page, rate);
      await typeBlock(page, WARMUP);
      await page.evaluate((n) => window.__p6.rawAdds(n), WARMUP);
      const ui: number[] = [];
      const raw: number[] = [];
      for (let b = 0; b < BLOCKS; b++) {
        ui.push(...(await typeBlock(page, PER_BLOCK)));
        raw.push(...(await page.evaluate((n) => window.__p6.rawAdds(n), PER_BLOCK)));
      }
      byRate[rate] = { ui, raw, load: loadNow() };
    }
    await throttleCpu(page, 1);
    return byRate;
  });
  const line = (rate: number) => {
    const ui = summarize(results[rate]!.ui);
    const raw = summarize(results[rate]!.raw);
    console.log(`  ×${rate}: keystroke → Opgeslagen n ${ui.n}, p50 ${ms(ui.p50)}, p95 ${ms(ui.p95)}, p99 ${ms(ui.p99)}, max ${ms(ui.max)}; raw add p50 ${ms(raw.p50)}, p99 ${ms(raw.p99)} [load ${results[rate]!.load.toFixed(1)}]`);
    return { ui, raw, load: results[rate]!.load };
  };
  const x1 = line(1);
  const x4 = line(4);
  const bound = (r: typeof x1) => 2 * r.raw.p99 + FRAME_MS;
  emitRow({
    id: 'P6',
    what: 'keystroke in the real UI → "Opgeslagen op dit apparaat" shown (IndexedDB committed)',
    result: `p50 ${ms(x1.ui.p50)} · p99 ${ms(x1.ui.p99)} [load ${x1.load.toFixed(1)}]; ×4 CPU p50 ${ms(x4.ui.p50)} · p99 ${ms(x4.ui.p99)} [load ${x4.load.toFixed(1)}] (n ${x1.ui.n} each)`,
    floor: `raw IDB add p50 ${ms(x1.raw.p50)} · p99 ${ms(x1.raw.p99)}; ×4 p99 ${ms(x4.raw.p99)}`,
    ratio: `${ratio(x1.ui.p99, x1.raw.p99)} (p99); bound 2×raw+frame ${ms(bound(x1))} (×4: ${ms(bound(x4))})`,
    goal: 'p99 ≤ 2× raw add + one frame (16.7 ms)',
    met: x1.ui.p99 <= bound(x1),
    method: `the real app (production build, real server, on-disk Chromium profile); chapter 5's field; keydown (event.timeStamp) → the save status line turns to "Opgeslagen op dit apparaat" (MutationObserver in an init script), next key only after that; ${BLOCKS}×${PER_BLOCK} keystrokes after ${WARMUP} warm-up, alternating with the floor (raw add of 20 B in its own readwrite transaction to oncomplete, same page); then all again under Emulation.setCPUThrottlingRate 4.`,
  });
} finally {
  await server.stop();
}
