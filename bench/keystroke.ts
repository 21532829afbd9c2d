/**
 * P4: keystroke → visible on the other tablet. Two Chromium pages in two browser contexts load a
 * harness page (bench/harness: the real src/sync + Yjs + the app's text diff) from the real server
 * (separate process). A key pressed in page A (Playwright keyboard → keydown → input → Y.Text →
 * AES-GCM seal → Hocuspocus → server → page B → decrypt → apply → textarea value) is timed from
 * A's keydown to B setting its textarea, on the shared clock (timeOrigin + now; both pages are in
 * one browser on one machine). Floor: the same keystrokes sent as one-character messages through
 * a raw `ws` relay process on loopback. Alternating blocks of both paths, same run.
 * Run with `npx tsx bench/keystroke.ts`.
 */
import type { Page } from '@playwright/test';
import { startAppServer, startRelay } from './support/appServer.ts';
import { withChromium } from './support/chromium.ts';
import { buildHarness } from './support/harnessBuild.ts';
import { emitRow, ratio } from './support/report.ts';
import { ms, summarize } from './support/stats.ts';
import type { TypingPath } from './harness/harness.ts';

const BLOCKS = 5;
const PER_BLOCK = 50;
const WARMUP = 20;
const PACE_MS = 40;

const sleep = (t: number) => new Promise((resolve) => setTimeout(resolve, t));

async function typeBlock(a: Page, b: Page, path: TypingPath, count: number): Promise<number[]> {
  await a.evaluate((p) => window.benchHarness.prepare(p), path);
  await Promise.all([a.evaluate(() => window.benchHarness.take()), b.evaluate(() => window.benchHarness.take())]);
  for (let i = 0; i < count; i++) {
    await a.keyboard.press(String.fromCharCode(97 + (i % 26)));
    await sleep(PACE_MS);
  }
  const typed = (await a.evaluate(() => window.benchHarness.counts())).sent;
  try {
    await b.waitForFunction((n) => window.benchHarness.counts().received >= n, typed, { timeout: 20_000, polling: 20 });
  } catch (error) {
    const counts = await b.evaluate(() => window.benchHarness.counts());
    throw new Error(`${path}: ${typed} keystrokes typed in A, ${counts.received} characters arrived in B`, { cause: error });
  }
  const [sent, got] = await Promise.all([a.evaluate(() => window.benchHarness.take()), b.evaluate(() => window.benchHarness.take())]);
  if (sent.sent.length !== count || got.received.length !== count) throw new Error(`${path}: ${sent.sent.length} sent, ${got.received.length} received, expected ${count}`);
  return sent.sent.map((t, i) => (got.received[i] ?? NaN) - t);
}

const harnessDir = await buildHarness();
const server = await startAppServer({ staticDir: harnessDir });
const relay = await startRelay();
try {
  const samples = await withChromium(async (browser) => {
    const pages = await Promise.all([browser.newContext(), browser.newContext()].map(async (context) => (await context).newPage()));
    const [a, b] = pages as [Page, Page];
    for (const page of pages) {
      await page.goto(`${server.origin}/`);
      await page.waitForFunction(() => 'benchHarness' in window);
    }
    const room = await a.evaluate(() => window.benchHarness.newRoom());
    await Promise.all(pages.map((page) => page.evaluate(({ r, url }) => window.benchHarness.startTablet(r.roomId, r.roomKey, url), { r: room, url: relay.url })));
    await typeBlock(a, b, 'relay', WARMUP);
    await typeBlock(a, b, 'sync', WARMUP);
    const result: Record<TypingPath, number[]> = { sync: [], relay: [] };
    for (let block = 0; block < BLOCKS; block++) {
      result.relay.push(...(await typeBlock(a, b, 'relay', PER_BLOCK)));
      result.sync.push(...(await typeBlock(a, b, 'sync', PER_BLOCK)));
    }
    await Promise.all(pages.map((page) => page.evaluate(() => window.benchHarness.close())));
    return result;
  });
  const sync = summarize(samples.sync);
  const floor = summarize(samples.relay);
  console.log(`  encrypted sync: n ${sync.n}, min ${ms(sync.min)}, p50 ${ms(sync.p50)}, p95 ${ms(sync.p95)}, p99 ${ms(sync.p99)}, max ${ms(sync.max)}`);
  console.log(`  raw relay floor: n ${floor.n}, min ${ms(floor.min)}, p50 ${ms(floor.p50)}, p95 ${ms(floor.p95)}, p99 ${ms(floor.p99)}, max ${ms(floor.max)}`);
  emitRow({
    id: 'P4',
    what: 'keystroke → visible on the other page (encrypted, via server)',
    result: `p50 ${ms(sync.p50)} · p95 ${ms(sync.p95)} (n ${sync.n})`,
    floor: `raw ws relay p50 ${ms(floor.p50)} · p95 ${ms(floor.p95)}`,
    ratio: `${ratio(sync.p95, floor.p95)} (p95)`,
    goal: 'p95 ≤ 16 ms, ≤ 3× floor',
    met: sync.p95 <= 16 && sync.p95 <= 3 * floor.p95,
    method: `harness page (real src/sync, Yjs, text diff; the app has no pairing UI yet) in two browser contexts, served by the real server; A's keydown → B's textarea set, timeOrigin+now clock; ${BLOCKS}×${PER_BLOCK} keystrokes per path at ${PACE_MS} ms pace, alternating with the floor (raw ws relay process, 1-char messages).`,
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
