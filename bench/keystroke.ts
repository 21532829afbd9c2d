/**
 * P4: keystroke → visible on the other tablet, in the real app. Two Chromium browser contexts
 * (two tablets) pair through the app's UI (Delen → koppel link) on the real server (separate
 * process, production build). Page A types in chapter 5's "De samenwerking evalueren" field
 * (Playwright keyboard → keydown → the app's input handler → Y.Text → AES-GCM seal → Hocuspocus →
 * server → page B → decrypt → apply → the app's field binding sets the textarea's value). Timed
 * from A's keydown (event.timeStamp) to B's value setter, both as timeOrigin + ms: the two pages
 * run in one browser on one machine, so that clock is shared.
 * Floor, same pages, same run, alternating blocks: a textarea added to both pages whose keystrokes
 * go as one-character messages through a raw `ws` relay process on loopback.
 * Run with `npx tsx bench/keystroke.ts`.
 */
import type { Page } from '@playwright/test';
import { startAppServer, startRelay } from './support/appServer.ts';
import { benchBuild } from './support/benchBuild.ts';
import { withChromium } from './support/chromium.ts';
import { throttleCpu } from './support/cpuThrottle.ts';
import { loadNow } from './support/load.ts';
import { openChapter, pairTwoTablets, waitForSynced } from './support/pairing.ts';
import { emitRow, ratio } from './support/report.ts';
import { ms, summarize } from './support/stats.ts';

type Path = 'app' | 'relay';

const BLOCKS = 5;
const PER_BLOCK = 50;
const WARMUP = 20;
const PACE_MS = 40;
const FIELD = 'samenwerking';

/**
 * Installed before the app's scripts (a string: tsx would add `__name` helpers to a function).
 * Records keydowns per path, and when the app writes a longer value into the field (the value
 * setter is wrapped) or the relay message lands.
 */
const RECORDER = `(() => {
  const clock = () => performance.timeOrigin + performance.now();
  const bench = (window.__bench = { sent: { app: [], relay: [] }, received: { app: [], relay: [] } });
  const pathOf = (el) => (el && el.closest && el.closest('[data-field="${FIELD}"]') ? 'app' : el && el.id === 'bench-relay' ? 'relay' : null);
  document.addEventListener('keydown', (e) => {
    const path = pathOf(e.target);
    if (path) bench.sent[path].push(performance.timeOrigin + e.timeStamp);
  }, true);
  const value = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
  Object.defineProperty(HTMLTextAreaElement.prototype, 'value', {
    ...value,
    set(next) {
      const before = value.get.call(this).length;
      value.set.call(this, next);
      const path = pathOf(this);
      if (path && next.length > before) {
        const at = clock();
        for (let i = before; i < next.length; i++) bench.received[path].push(at);
      }
    },
  });
})();`;

/** The floor's field and socket, added to an app page. */
const relayClient = (url: string) => `new Promise((resolve, reject) => {
  const el = document.createElement('textarea');
  el.id = 'bench-relay';
  el.setAttribute('aria-label', 'bench relay');
  el.style.cssText = 'position:fixed;bottom:0;right:0;width:80px;height:40px;z-index:9999';
  document.body.append(el);
  const socket = new WebSocket(${JSON.stringify(url)});
  el.addEventListener('input', () => socket.send(el.value.slice(-1)));
  socket.onmessage = (m) => { el.value = el.value + String(m.data); };
  socket.onopen = () => resolve(true);
  socket.onerror = () => reject(new Error('relay socket failed'));
})`;

const counts = (page: Page, path: Path) => page.evaluate((p) => ({ sent: window.__bench.sent[p].length, received: window.__bench.received[p].length }), path);
const take = (page: Page, path: Path) => page.evaluate((p) => ({ sent: window.__bench.sent[p].splice(0), received: window.__bench.received[p].splice(0) }), path);
const sleep = (t: number) => new Promise((resolve) => setTimeout(resolve, t));

declare global {
  interface Window {
    __bench: { sent: Record<Path, number[]>; received: Record<Path, number[]> };
  }
}

async function typeBlock(a: Page, b: Page, path: Path, count: number): Promise<number[]> {
  const target = path === 'app' ? a.locator(`[data-field="${FIELD}"] textarea`) : a.locator('#bench-relay');
  await target.focus();
  await a.keyboard.press('End');
  await Promise.all([take(a, path), take(b, path)]);
  for (let i = 0; i < count; i++) {
    await a.keyboard.press(String.fromCharCode(97 + (i % 26)));
    await sleep(PACE_MS);
  }
  const typed = (await counts(a, path)).sent;
  try {
    await b.waitForFunction(({ p, n }) => window.__bench.received[p].length >= n, { p: path, n: typed }, { timeout: 20_000, polling: 20 });
  } catch (error) {
    throw new Error(`${path}: ${typed} keystrokes typed in A, ${(await counts(b, path)).received} characters arrived in B`, { cause: error });
  }
  const [sent, got] = await Promise.all([take(a, path), take(b, path)]);
  if (sent.sent.length !== count || got.received.length !== count) throw new Error(`${path}: ${sent.sent.length} sent, ${got.received.length} received, expected ${count}`);
  return sent.sent.map((t, i) => (got.received[i] ?? NaN) - t);
}

const built = await benchBuild();
const server = await startAppServer({ staticDir: built.outDir });
const relay = await startRelay();
try {
  const samples = await withChromium(async (browser) => {
    // The relay floor runs on a port of its own, which the app's CSP (connect-src 'self') would refuse.
    const { school: a, politie: b } = await pairTwoTablets(
      browser,
      server.origin,
      async (page) => {
        await page.addInitScript({ content: RECORDER });
      },
      { bypassCSP: true },
    );
    for (const page of [a, b]) {
      await openChapter(page, /^Hoofdstuk 5/);
      await waitForSynced(page);
      await page.evaluate(relayClient(relay.url));
    }
    await typeBlock(a, b, 'relay', WARMUP);
    await typeBlock(a, b, 'app', WARMUP);
    const result: Record<Path, number[]> = { app: [], relay: [] };
    for (let block = 0; block < BLOCKS; block++) {
      result.relay.push(...(await typeBlock(a, b, 'relay', PER_BLOCK)));
      result.app.push(...(await typeBlock(a, b, 'app', PER_BLOCK)));
    }
    const load1 = loadNow();
    // A tablet is slower than this machine: both pages at ×4 CPU, fewer blocks.
    for (const page of [a, b]) await throttleCpu(page, 4);
    const slow: Record<Path, number[]> = { app: [], relay: [] };
    for (let block = 0; block < 2; block++) {
      slow.relay.push(...(await typeBlock(a, b, 'relay', PER_BLOCK)));
      slow.app.push(...(await typeBlock(a, b, 'app', PER_BLOCK)));
    }
    for (const page of [a, b]) await throttleCpu(page, 1);
    Object.assign(result, { slow, load1, load4: loadNow() });
    const same = (await a.locator(`[data-field="${FIELD}"] textarea`).inputValue()) === (await b.locator(`[data-field="${FIELD}"] textarea`).inputValue());
    if (!same) throw new Error('the two tablets do not show the same text');
    return result as typeof result & { slow: Record<Path, number[]>; load1: number; load4: number };
  });
  const app4 = summarize(samples.slow.app);
  const floor4 = summarize(samples.slow.relay);
  const app = summarize(samples.app);
  const floor = summarize(samples.relay);
  console.log(`  app (encrypted sync): n ${app.n}, min ${ms(app.min)}, p50 ${ms(app.p50)}, p95 ${ms(app.p95)}, p99 ${ms(app.p99)}, max ${ms(app.max)}`);
  console.log(`  raw relay floor: n ${floor.n}, min ${ms(floor.min)}, p50 ${ms(floor.p50)}, p95 ${ms(floor.p95)}, p99 ${ms(floor.p99)}, max ${ms(floor.max)}`);
  emitRow({
    id: 'P4',
    what: 'keystroke → visible on the other tablet (app UI, encrypted, via server)',
    result: `p50 ${ms(app.p50)} · p95 ${ms(app.p95)} (n ${app.n}) [load ${samples.load1.toFixed(1)}]; ×4 CPU p50 ${ms(app4.p50)} · p95 ${ms(app4.p95)} (n ${app4.n}) [load ${samples.load4.toFixed(1)}]`,
    floor: `raw ws relay p50 ${ms(floor.p50)} · p95 ${ms(floor.p95)}; ×4 p95 ${ms(floor4.p95)}`,
    ratio: `${ratio(app.p95, floor.p95)} (p95); ×4 ${ratio(app4.p95, floor4.p95)}`,
    goal: 'p95 ≤ 1.5× raw relay',
    met: app.p95 <= 1.5 * floor.p95,
    method: `the real app in two browser contexts, paired via Delen → koppel link, real server process; A's keydown in chapter 5's field → B's app sets the field's value (setter wrapped by an init script), timeOrigin+now clock; ${BLOCKS}×${PER_BLOCK} keystrokes at ${PACE_MS} ms pace after ${WARMUP} warm-up (then 2×${PER_BLOCK} with both pages at Emulation.setCPUThrottlingRate 4), alternating with the floor: a textarea added to the same pages, 1-char messages through a raw ws relay process.`,
  });
  emitRow({
    id: 'F2',
    what: 'floor: raw WebSocket relay, page → loopback relay → page',
    result: `p50 ${ms(floor.p50)} · p95 ${ms(floor.p95)} (n ${floor.n})`,
    goal: '—',
    method: 'the P4 floor: same pages, same keystrokes, keydown → 1-char ws message → relay process → other page sets its textarea.',
  });
} finally {
  await relay.stop();
  await server.stop();
}
