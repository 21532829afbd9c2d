/**
 * Where P3's offline reload spends its time (not a bench row: a diagnostic). The same set-up as
 * bench/offlineReload.ts (home, an unshared and a shared gesprek with the 10k-edit history, server
 * stopped, the service worker controlling), then each screen is reloaded under a Chromium trace
 * (devtools.timeline + the V8 sampling profiler) and the page's own marks (init script: every
 * indexedDB.open, resource timings, "usable"). Prints one timeline per screen, in ms since
 * navigation start, and the JS time per bundle and per function.
 * `npx tsx bench/traceReload.ts` (TRACE_PRETTY=1: an unminified build, for function names).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import * as Y from 'yjs';
import type { CDPSession, Page } from '@playwright/test';
import { startAppServer } from './support/appServer.ts';
import { benchBuild, readBenchBuild, runBenchBuild } from './support/benchBuild.ts';
import { withDiskProfile } from './support/chromium.ts';
import { typeEdits } from './support/offlineEdits.ts';
import { startGesprek, writeDocUpdates } from './support/appPage.ts';
import { loadNow } from './support/load.ts';
import { asStored, trimmedState, measureReload, rememberExpectedText, watchReady } from './support/offlineReady.ts';
import { BENCH_TMP, REPO_ROOT } from './support/paths.ts';

const FIELD = 'afspraak.1.preventie';
const SCREENS = (process.env.TRACE_SCREENS ?? 'home,unshared,shared').split(',');

const marks = `(() => {
  const t = () => performance.timeOrigin.toFixed(0) + ' ' + performance.now().toFixed(1);
  const o = performance.timeOrigin.toFixed(0) + ' ';
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (name, ...rest) {
    const short = name.startsWith('gesprek-doc-') ? 'doc' : name;
    console.debug('trace-mark ' + t() + ' idb.open(' + short + ')');
    const request = open.call(this, name, ...rest);
    request.addEventListener('success', () => console.debug('trace-mark ' + t() + ' idb.opened(' + short + ')'));
    return request;
  };
  const getAll = IDBObjectStore.prototype.getAll;
  IDBObjectStore.prototype.getAll = function (...args) {
    const request = getAll.apply(this, args);
    const name = this.name;
    console.debug('trace-mark ' + t() + ' getAll(' + name + ')');
    request.addEventListener('success', () => console.debug('trace-mark ' + t() + ' getAll.done(' + name + ', ' + request.result.length + ')'));
    return request;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) console.debug('trace-mark ' + o + e.startTime.toFixed(1) + ' fetch ' + e.name.replace(location.origin, '') + ' → ' + e.responseEnd.toFixed(1));
  }).observe({ type: 'resource', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) console.debug('trace-mark ' + o + e.startTime.toFixed(1) + ' paint ' + e.name);
  }).observe({ type: 'paint', buffered: true });
  addEventListener('DOMContentLoaded', () => {
    const n = performance.getEntriesByType('navigation')[0];
    console.debug('trace-mark ' + o + n.responseStart.toFixed(1) + ' html first byte (SW), workerStart ' + n.workerStart.toFixed(1) + ', end ' + n.responseEnd.toFixed(1));
    console.debug('trace-mark ' + t() + ' DOMContentLoaded');
  });
})();`;

/** Without a trace: the app's performance marks (a temporary patch) and resource timings, median of RELOADS reloads. */
async function marksOnly(page: Page, screen: string): Promise<void> {
  const runs: Array<Record<string, number>> = [];
  const n = Number(process.env.TRACE_RELOADS ?? 7);
  for (let i = 0; i < n; i++) {
    const ready = await measureReload(page, FIELD);
    await page.waitForTimeout(150);
    const seen = await page.evaluate(() => {
      const out: Record<string, number> = {};
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      out['html.responseStart'] = nav.responseStart;
      out['html.responseEnd'] = nav.responseEnd;
      out['domContentLoaded'] = nav.domContentLoadedEventStart;
      for (const m of performance.getEntriesByType('mark')) out[m.name] ??= m.startTime;
      for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        const name = r.name.replace(location.origin, '').replace(/-[\w-]{8}\.(js|css)$/, '.$1');
        out[`fetch ${name}`] ??= r.startTime;
        out[`fetched ${name}`] ??= r.responseEnd;
      }
      for (const p of performance.getEntriesByType('paint')) out[p.name] = p.startTime;
      return out;
    });
    seen['READY'] = ready;
    runs.push(seen);
  }
  const keys = new Set(runs.flatMap((r) => Object.keys(r)));
  const median = (k: string) => {
    const v = runs.map((r) => r[k]).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)] ?? NaN;
  };
  const rows = [...keys].map((k) => [median(k), k] as const).sort((a, b) => a[0] - b[0]);
  console.log(`\n=== ${screen} (median of ${n}) [load ${loadNow().toFixed(1)}] ready ${runs.map((r) => r['READY']!.toFixed(0)).join(', ')}`);
  for (const [t, k] of rows) if (t <= median('READY') + 50) console.log(`  ${t.toFixed(1).padStart(7)}  ${k}`);
}

function historyUpdates(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  typeEdits(doc, 10_000, 7);
  return asStored(updates, 400, trimmedState);
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: Record<string, unknown> } & Record<string, unknown>;
}

async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = (data: { value: unknown[] }) => events.push(...(data.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    categories: ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler', 'v8'].join(','),
    transferMode: 'ReportEvents',
  });
  await run();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return events;
}

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface ProfileNode { id: number; parent?: number; callFrame: CallFrame }

/** Samples of the renderer's main thread from the trace's ProfileChunk events, with timestamps. */
function samplesOf(events: TraceEvent[], pid: number, tid: number) {
  const nodes = new Map<number, ProfileNode>();
  const samples: Array<{ ts: number; node: number }> = [];
  let ts = 0;
  const profileIds = new Set(events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => (e as unknown as { id: string }).id));
  for (const e of events) {
    if (e.name === 'Profile' && profileIds.has((e as unknown as { id: string }).id)) ts = (e.args?.data as { startTime: number }).startTime;
    if (e.name !== 'ProfileChunk' || !profileIds.has((e as unknown as { id: string }).id)) continue;
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const s = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < s.length; i++) {
      ts += deltas[i] ?? 0;
      samples.push({ ts, node: s[i]! });
    }
  }
  return { nodes, samples };
}

function analyse(screen: string, events: TraceEvent[], pageMarks: string[], ready: number): void {
  const nav = events.filter((e) => e.name === 'navigationStart' && Boolean((e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL)).at(-1);
  if (!nav) throw new Error('no navigationStart in the trace');
  const t0 = nav.ts;
  const at = (ts: number) => ((ts - t0) / 1000).toFixed(1);
  const { pid, tid } = nav;
  console.log(`\n=== ${screen}: usable at ${ready.toFixed(1)} ms [load ${loadNow().toFixed(1)}]`);
  const lines: Array<[number, string]> = pageMarks.map((m) => {
    const [, , time, ...rest] = m.split(' ');
    return [Number(time), rest.join(' ')];
  });
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ts >= t0 && e.ph === 'X' && (e.dur ?? 0) > 0);
  const shortUrl = (u: unknown) => String(u ?? '').replace(/^https?:\/\/[^/]+/, '');
  for (const e of main) {
    const d = e.args?.data ?? {};
    const ms = (e.dur ?? 0) / 1000;
    if (ms < 1.5) continue;
    if (e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule' || e.name === 'v8.compileModule' || e.name === 'v8.compile' || e.name === 'ParseHTML' || e.name === 'UpdateLayoutTree' || e.name === 'Layout' || e.name === 'Paint' || e.name === 'FunctionCall' || e.name === 'RunMicrotasks' || e.name === 'TimerFire' || e.name === 'FireAnimationFrame' || e.name === 'v8.run' || e.name === 'EventDispatch' || e.name === 'ParseAuthorStyleSheet' || e.name === 'Commit' || e.name === 'PrePaint') {
      const what = d['url'] ?? d['fileName'] ?? (e.args as { fileName?: string } | undefined)?.fileName ?? d['functionName'] ?? d['type'] ?? '';
      lines.push([(e.ts - t0) / 1000, `${e.name} ${shortUrl(what)} (${ms.toFixed(1)} ms)`]);
    }
  }
  lines.sort((a, b) => a[0] - b[0]);
  for (const [time, text] of lines) if (time <= ready + 30) console.log(`  ${time.toFixed(1).padStart(7)}  ${text}`);

  // JS time by bundle and by function (self time), navigation start → usable.
  const { nodes, samples } = samplesOf(events, pid, tid);
  const within = samples.filter((s) => s.ts >= t0 && s.ts <= t0 + ready * 1000);
  const byUrl = new Map<string, number>();
  const byFn = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (let i = 0; i < within.length; i++) {
    const s = within[i]!;
    const dt = ((within[i + 1]?.ts ?? s.ts) - s.ts) / 1000;
    const node = nodes.get(s.node);
    if (!node) continue;
    const f = node.callFrame;
    const url = shortUrl(f.url) || f.functionName;
    byUrl.set(url, (byUrl.get(url) ?? 0) + dt);
    const name = `${f.functionName || '(anon)'} ${shortUrl(f.url)}:${f.lineNumber}`;
    byFn.set(name, (byFn.get(name) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = node; n; n = n.parent !== undefined ? nodes.get(n.parent) : undefined) {
      const key = `${n.callFrame.functionName || '(anon)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `    ${v.toFixed(1).padStart(6)} ms  ${k}`).join('\n');
  console.log(`  main-thread samples (self) by script:\n${top(byUrl, 12)}`);
  console.log(`  by function (self):\n${top(byFn, 25)}`);
  console.log(`  by function (inclusive):\n${top(inclusive, 45)}`);
  void at;
}

async function prettyBuild(): Promise<string> {
  const outDir = resolve(BENCH_TMP, 'dist-trace');
  const base = await benchBuild(); // the floor page plugin and module graph come from the bench build
  void base;
  await build({ root: REPO_ROOT, configFile: resolve(REPO_ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: false, manifest: true } });
  return outDir;
}

if (process.env.TRACE_ANALYSE) {
  for (const screen of SCREENS) {
    const saved = JSON.parse(readFileSync(resolve(BENCH_TMP, `trace-${screen}.json`), 'utf8')) as { events: TraceEvent[]; marks: string[]; ready: number };
    analyse(screen, saved.events, saved.marks, saved.ready);
  }
  process.exit(0);
}
const outDir = process.env.TRACE_PRETTY ? await prettyBuild() : process.env.TRACE_OUT ? (await runBenchBuild(resolve(BENCH_TMP, process.env.TRACE_OUT))).outDir : (await benchBuild()).outDir;
void readBenchBuild;
const server = await startAppServer({ staticDir: outDir });
let serverRunning = true;
const updates = historyUpdates();
try {
  await withDiskProfile(async (context) => {
    const page: Page = await context.newPage();
    await page.addInitScript({ content: watchReady(FIELD) });
    await page.addInitScript({ content: marks });
    const unsharedId = await startGesprek(page, server.origin);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const sharedId = await startGesprek(page, server.origin);
    await page.getByRole('button', { name: 'Delen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gesprek delen met de andere tablet' });
    await dialog.getByRole('group', { name: 'Deze tablet is van' }).getByRole('radio', { name: 'School' }).check();
    await dialog.getByLabel('Link').inputValue();
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await page.getByRole('status').filter({ hasText: 'Verbonden' }).first().waitFor({ timeout: 30_000 });
    await page.goto(`${server.origin}/#/`);
    await page.locator('.app-gesprek-row').first().waitFor();
    for (const id of [unsharedId, sharedId]) await writeDocUpdates(page, id, updates);
    for (const id of [unsharedId, sharedId]) await rememberExpectedText(page, server.origin, id, FIELD);
    await server.stop();
    serverRunning = false;
    const urls: Record<string, string> = {
      home: `${server.origin}/#/`,
      unshared: `${server.origin}/#/gesprek/${unsharedId}/h4`,
      shared: `${server.origin}/#/gesprek/${sharedId}/h4`,
    };
    const cdp = await context.newCDPSession(page);
    for (const screen of SCREENS) {
      await page.goto(urls[screen]!).catch(() => undefined);
      for (let i = 0; i < 3; i++) await measureReload(page, FIELD); // warm: code cache, disk cache
      if (process.env.TRACE_MODE === 'marks') {
        await marksOnly(page, screen);
        continue;
      }
      const pageMarks: string[] = [];
      const onConsole = (m: { text(): string }) => {
        if (m.text().startsWith('trace-mark ')) pageMarks.push(m.text());
      };
      page.on('console', onConsole);
      let ready = 0;
      const events = await traced(cdp, async () => {
        ready = await measureReload(page, FIELD);
        await page.waitForTimeout(300); // let the late marks arrive
      });
      page.off('console', onConsole);
      const origins = pageMarks.map((m) => m.split(' ')[1]);
      const last = origins.at(-1);
      const own = pageMarks.filter((m) => m.split(' ')[1] === last);
      writeFileSync(resolve(BENCH_TMP, `trace-${screen}.json`), JSON.stringify({ events, marks: own, ready }));
      analyse(screen, events, own, ready);
    }
  });
} finally {
  if (serverRunning) await server.stop();
}
