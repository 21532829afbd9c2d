/**
 * P2: how big the PDF code is (gzip), and proof that none of it (nor the fonts) is fetched by
 * the page before the first export. Chromium opens home, starts a gesprek, waits for the
 * service worker, and we record every request of the browser context; then "PDF maken".
 * Run with `npx tsx bench/pdfChunk.ts`.
 */
import type { Request } from '@playwright/test';
import { startAppServer } from './support/appServer.ts';
import { benchBuild } from './support/benchBuild.ts';
import { chunkForSource, fileGzip, staticClosure } from './support/chunks.ts';
import { withChromium } from './support/chromium.ts';
import { emitRow } from './support/report.ts';
import { kB } from './support/stats.ts';

const GOAL_GZIP = 180 * 1024;

const built = await benchBuild();
const pdfChunk = chunkForSource(built, 'src/pdf/index.ts');
const gesprekChunk = chunkForSource(built, 'src/ui/gesprek/GesprekScreen.tsx');
const alreadyLoaded = staticClosure(built, gesprekChunk.fileName);
const exportOnly = [...staticClosure(built, pdfChunk.fileName)].filter((file) => !alreadyLoaded.has(file));
const fonts = built.manifest['src/pdf/index.ts']?.assets?.filter((a) => a.endsWith('.ttf')) ?? [];
const pdfGzip = exportOnly.reduce((sum, file) => sum + fileGzip(built.outDir, file), 0);
console.log(`  PDF code loaded on export: ${exportOnly.join(', ')} ${kB(pdfGzip)} gzip; fonts ${fonts.join(', ')}`);

interface Seen {
  path: string;
  bytes: number;
  byServiceWorker: boolean;
  /** The page's request was answered from the service worker's cache. */
  fromCache: boolean;
}

const watched = new Set([...exportOnly, ...fonts].map((file) => `/${file}`));
const server = await startAppServer({ staticDir: built.outDir });
try {
  const { before, after, swState } = await withChromium(async (browser) => {
    const context = await browser.newContext({ acceptDownloads: true });
    const seen: Seen[] = [];
    const pending: Array<Promise<void>> = [];
    const record = (request: Request) => {
      const path = new URL(request.url()).pathname;
      if (!watched.has(path)) return;
      pending.push(
        (async () => {
          const response = await request.response();
          const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
          seen.push({ path, bytes: body.length, byServiceWorker: request.serviceWorker() !== null, fromCache: response?.fromServiceWorker() ?? false });
        })(),
      );
    };
    context.on('request', record);
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.getByRole('button', { name: 'Nieuw gesprek' }).click();
    await page.getByRole('button', { name: 'Overslaan' }).click(); // the optional school step
    await page.getByRole('heading', { level: 1, name: /Hoofdstuk 2/ }).waitFor();
    const swState = await page.evaluate(async () => {
      if (!('serviceWorker' in navigator)) return 'no service worker API';
      const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('no service worker (not active after 15 s)'), 15_000));
      const ready = navigator.serviceWorker.ready.then((r) => `service worker ${r.active?.state ?? 'none'}`);
      return Promise.race([ready, timeout]);
    });
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const before = [...seen];
    seen.length = 0;
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'PDF maken' }).click();
    await download;
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const after = [...seen];
    await context.close();
    return { before, after, swState };
  });

  const bytes = (list: Seen[], bySw: boolean) => list.filter((s) => s.byServiceWorker === bySw).reduce((sum, s) => sum + s.bytes, 0);
  const pageBefore = bytes(before, false);
  const swBefore = bytes(before, true);
  const pageAfter = bytes(after, false);
  // The idle warm-up (state/pdfExport.ts) reads the code from the worker's cache once the worker
  // controls the page: a cache read, not a download on a guess. The goal is about the network.
  const networkBefore = before.filter((s) => !s.byServiceWorker && !s.fromCache).reduce((sum, s) => sum + s.bytes, 0);
  const fromCache = after.filter((s) => !s.byServiceWorker && s.fromCache).reduce((sum, s) => sum + s.bytes, 0);
  for (const s of before) console.log(`  before export: ${s.path} ${s.bytes} B ${s.byServiceWorker ? '(service worker precache)' : s.fromCache ? '(page, from the service worker cache)' : '(page, network)'}`);
  for (const s of after) console.log(`  on export: ${s.path} ${s.bytes} B ${s.byServiceWorker ? '(service worker)' : s.fromCache ? '(page, from the service worker cache)' : '(page, network)'}`);
  console.log(`  ${swState}`);
  console.log(`P2 PDF chunk ${kB(pdfGzip)} gzip; page fetched ${pageBefore} B of it before export (${networkBefore} B from the network), ${pageAfter} B on export`);

  emitRow({
    id: 'P2',
    what: 'PDF chunk gzip; PDF code + fonts fetched by the page before export',
    result: `${kB(pdfGzip)}; before export the page read ${kB(pageBefore)} of it + fonts (${kB(networkBefore)} from the network, the rest from the SW cache: the idle warm-up), ${kB(pageAfter)} on export (${kB(fromCache)} from the SW cache)`,
    goal: '≤ 180 kB gzip, 0 B from the network before export',
    met: pdfGzip <= GOAL_GZIP && networkBefore === 0 && pageBefore + pageAfter > 0,
    method: `chunk of src/pdf/index.ts (build manifest) minus what the gesprek screen already loads, gzip -9; Chromium: home → Nieuw gesprek → wait for SW → "PDF maken", every context request of ${[...watched].join(', ')} recorded. ${swState}; its install precaches them in the background (${kB(swBefore)} before export, not executed).`,
  });
} finally {
  await server.stop();
}
