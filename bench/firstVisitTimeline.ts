/**
 * P9 taken apart: one cold first visit through the same shaping relay as bench/firstVisit.ts, with
 * a timeline of where the time goes. Not a bench row (no median, no floor): a tool to read.
 * Chromium is driven over raw CDP (browser-level auto-attach, so the service worker's own fetches
 * are seen too, which Playwright's page session does not show); the relay reports every chunk on
 * the link. All times are ms since the navigation request, on one monotonic clock (CDP's
 * timestamps and node's hrtime are both CLOCK_MONOTONIC on Linux).
 * Run with `npx tsx bench/firstVisitTimeline.ts [runs]` (BENCH_DIST: a build to use).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { startAppServer } from './support/appServer.ts';
import { benchBuild } from './support/benchBuild.ts';
import { CHROMIUM_ARGS } from './support/chromium.ts';
import { loadNow } from './support/load.ts';
import { BENCH_TMP } from './support/paths.ts';
import { startShapingRelay, type LinkChunk, type LinkShape } from './support/shapingRelay.ts';

const SHAPE: LinkShape = { downMbit: 10, upMbit: 5, rttMs: 40 };
const RUNS = Number(process.argv[2] ?? 1);
const READY = 'bench-ready ';
const WATCH = `(() => {
  let shown = false;
  const observer = new MutationObserver(() => {
    if (!shown && (document.body?.textContent ?? '').includes('Wordt klaargezet')) {
      shown = true;
      console.debug('home on screen');
    }
    if ((document.body?.textContent ?? '').includes('Klaar voor gebruik zonder internet')) {
      observer.disconnect();
      console.debug('${READY}' + performance.now());
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

/** node's performance.now() → CLOCK_MONOTONIC ms (CDP's clock). */
const perfToMono = Number(process.hrtime.bigint()) / 1e6 - performance.now();
const monoNow = () => Number(process.hrtime.bigint()) / 1e6;

interface Request {
  target: string;
  url: string;
  start: number;
  headers?: number;
  end?: number;
  bytes?: number;
  connectionId?: number;
  reused?: boolean;
  fromCache?: string | undefined;
  failed?: string;
  timing?: { connectStart: number; connectEnd: number; sendStart: number; receiveHeadersEnd: number; requestTime: number } | undefined;
}

/** The fields of the CDP events read here. */
interface EventParams {
  sessionId?: string;
  targetInfo?: { type: string; url: string };
  timestamp?: number;
  wallTime?: number;
  requestId?: string;
  request?: { url: string };
  response?: { connectionId: number; connectionReused: boolean; fromDiskCache?: boolean; fromServiceWorker?: boolean; fromPrefetchCache?: boolean; timing?: Request['timing'] };
  encodedDataLength?: number;
  errorText?: string;
  args?: Array<{ value?: unknown }>;
  versions?: Array<{ status: string; runningStatus: string }>;
}

class Cdp {
  private id = 0;
  private readonly pending = new Map<number, (value: unknown) => void>();
  private readonly listeners: Array<(method: string, params: EventParams, sessionId?: string) => void> = [];
  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: unknown; method?: string; params?: EventParams; sessionId?: string };
      if (msg.id !== undefined) this.pending.get(msg.id)?.(msg.result ?? msg.error);
      else if (msg.method) for (const listen of this.listeners) listen(msg.method, msg.params ?? {}, msg.sessionId);
    });
  }
  static async connect(url: string): Promise<Cdp> {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    return new Cdp(ws);
  }
  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<unknown> {
    const id = ++this.id;
    this.ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    return new Promise((resolve) => this.pending.set(id, resolve));
  }
  on(listen: (method: string, params: EventParams, sessionId?: string) => void): void {
    this.listeners.push(listen);
  }
  close(): void {
    this.ws.close();
  }
}

async function launch(profile: string): Promise<{ cdp: Cdp; stop: () => Promise<void> }> {
  const child = spawn('/usr/bin/chromium', [...CHROMIUM_ARGS, '--headless=new', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], { stdio: 'ignore', detached: true });
  const portFile = join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 600 && !existsSync(portFile); i++) await sleep(50);
  let lines: string[] = [];
  for (let i = 0; i < 100; i++) {
    lines = readFileSync(portFile, 'utf8').split('\n');
    if (lines[1]) break;
    await sleep(50);
  }
  const cdp = await Cdp.connect(`ws://127.0.0.1:${lines[0]}${lines[1]}`);
  return {
    cdp,
    stop: async () => {
      cdp.close();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      if (child.pid) process.kill(-child.pid, 'SIGTERM'); // its own process group: the renderers too
      await exited;
      await sleep(300);
    },
  };
}

async function oneVisit(origin: string, chunks: LinkChunk[], connections: Map<number, number>) {
  const profile = mkdtempSync(join(BENCH_TMP, 'timeline-profile-'));
  const { cdp, stop } = await launch(profile);
  const requests = new Map<string, Request>();
  const marks: Array<[number, string]> = [];
  const targets = new Map<string, string>();
  let wallToMono = 0;
  let ready: number | undefined;
  let navStart: number | undefined;
  let pageSession: string | undefined;
  const key = (session: string | undefined, id: string) => `${session}:${id}`;
  cdp.on((method, params, sessionId) => {
    const target = targets.get(sessionId ?? '') ?? 'browser';
    const at = (params.timestamp ?? 0) * 1000;
    const id = key(sessionId, params.requestId ?? '');
    if (method === 'Target.attachedToTarget' && params.sessionId && params.targetInfo) {
      const { sessionId: child, targetInfo } = params;
      targets.set(child, targetInfo.type);
      marks.push([monoNow(), `attached ${targetInfo.type} ${targetInfo.url}`]);
      void (async () => {
        if (targetInfo.type !== 'page' && targetInfo.type !== 'service_worker') {
          await cdp.send('Runtime.runIfWaitingForDebugger', {}, child);
          return;
        }
        await cdp.send('Network.enable', {}, child);
        await cdp.send('Runtime.enable', {}, child);
        if (targetInfo.type === 'page') {
          pageSession = child;
          await cdp.send('Page.enable', {}, child);
          await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: WATCH }, child);
          await cdp.send('ServiceWorker.enable', {}, child);
        }
        await cdp.send('Runtime.runIfWaitingForDebugger', {}, child);
      })();
    } else if (method === 'Network.requestWillBeSent') {
      if (navStart === undefined) {
        navStart = at;
        wallToMono = (params.wallTime ?? 0) * 1000 - navStart;
      }
      requests.set(id, { target, url: (params.request?.url ?? '').replace(origin, ''), start: at });
    } else if (method === 'Network.responseReceived') {
      const r = requests.get(id);
      const response = params.response;
      if (r && response) {
        r.headers = at;
        r.connectionId = response.connectionId;
        r.reused = response.connectionReused;
        r.fromCache = response.fromDiskCache ? 'disk' : response.fromServiceWorker ? 'sw' : response.fromPrefetchCache ? 'prefetch' : undefined;
        r.timing = response.timing;
      }
    } else if (method === 'Network.loadingFinished') {
      const r = requests.get(id);
      if (r) {
        r.end = at;
        r.bytes = params.encodedDataLength ?? 0;
      }
    } else if (method === 'Network.loadingFailed') {
      const r = requests.get(id);
      if (r) {
        r.end = at;
        r.failed = params.errorText ?? 'failed';
      }
    } else if (method === 'Runtime.consoleAPICalled') {
      const text = String(params.args?.[0]?.value ?? '');
      // Runtime timestamps are wall-clock ms.
      const mono = (params.timestamp ?? 0) - wallToMono;
      if (text.startsWith(READY)) ready = mono;
      else marks.push([mono, `${target} console: ${text.slice(0, 80)}`]);
    } else if (method === 'ServiceWorker.workerVersionUpdated') {
      for (const v of params.versions ?? []) marks.push([monoNow(), `sw version ${v.status} / ${v.runningStatus}`]);
    } else if (method === 'Page.domContentEventFired' || method === 'Page.loadEventFired') {
      marks.push([at, method]);
    }
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true, filter: [{ type: 'tab', exclude: true }, { type: 'browser_ui', exclude: true }, {}] });
  for (let i = 0; i < 200 && !pageSession; i++) await sleep(20);
  // Give the page session its setup before navigating.
  await sleep(200);
  chunks.length = 0;
  connections.clear();
  const navigateAt = monoNow();
  await cdp.send('Page.navigate', { url: `${origin}/` }, pageSession);
  for (let i = 0; i < 3000 && ready === undefined; i++) await sleep(20);
  const cached = await cdp.send('Runtime.evaluate', {
    expression: `(async () => { let n = 0; for (const name of await caches.keys()) n += (await (await caches.open(name)).keys()).length; return n; })()`,
    awaitPromise: true,
    returnByValue: true,
  }, pageSession);
  await stop();
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
  } catch {
    // A renderer that still writes its profile: bench/.tmp is scratch anyway.
  }
  return { requests: [...requests.values()], marks, ready, navStart: navStart ?? navigateAt, cached: (cached as { result?: { value?: number } } | undefined)?.result?.value };
}

const built = await benchBuild();
const server = await startAppServer({ staticDir: built.outDir });
const chunks: LinkChunk[] = [];
const connections = new Map<number, number>();
const relay = await startShapingRelay(server.port, SHAPE, {
  onConnection: (id, at) => connections.set(id, at + perfToMono),
  onChunk: (chunk) => chunks.push({ ...chunk, queuedAt: chunk.queuedAt + perfToMono, sentAt: chunk.sentAt + perfToMono, arrivedAt: chunk.arrivedAt + perfToMono }),
});
try {
  for (let run = 0; run < RUNS; run++) {
    relay.reset();
    const visit = await oneVisit(relay.origin, chunks, connections);
    const t = (mono: number | undefined) => (mono === undefined ? '     -' : (mono - visit.navStart).toFixed(0).padStart(6));
    console.log(`\n=== run ${run + 1} [load ${loadNow().toFixed(1)}] ready ${t(visit.ready)} ms, ${visit.cached} cached`);
    for (const [at, text] of [...visit.marks].sort((a, b) => a[0] - b[0])) console.log(`${t(at)}  ${text}`);
    console.log('\n(sent: request on the wire per CDP timing; -: not sent, from a cache)');
    console.log(' start   sent headers    end  conn reuse      bytes  target          url');
    for (const r of visit.requests.sort((a, b) => a.start - b.start)) {
      console.log(
        `${t(r.start)} ${t(r.timing && r.timing.sendStart >= 0 ? r.timing.requestTime * 1000 + r.timing.sendStart : undefined)} ${t(r.headers)} ${t(r.end)} ${String(r.connectionId ?? '-').padStart(5)} ${String(r.reused ?? '-').padStart(5)} ${String(r.bytes ?? '-').padStart(10)}  ${r.target.padEnd(15)} ${r.url.slice(0, 60)}${r.fromCache ? ` (${r.fromCache})` : ''}${r.failed ? ` FAILED ${r.failed}` : ''}`.replace(/^(.{150}).*?( FAILED .*)?$/, "$1$2"),
      );
    }
    console.log('\nrelay connections (opened at):', [...connections.entries()].map(([id, at]) => `${id}@${t(at)}`).join(' '));
    console.log('requests up the link (connection@time it reached the server, bytes):');
    console.log(chunks.filter((c) => c.direction === 'up').map((c) => `${c.connection}@${t(c.arrivedAt).trim()}`).join(' '));
    // Downlink busy time per 100 ms bin: how full the link was.
    const down = chunks.filter((c) => c.direction === 'down');
    const end = visit.ready ?? Math.max(...down.map((c) => c.arrivedAt));
    const bin = 100;
    const bins: number[] = [];
    const perConn: Map<number, number[]> = new Map();
    for (const c of down) {
      const busyEnd = c.arrivedAt - SHAPE.rttMs / 2;
      for (let s = c.sentAt; s < busyEnd; ) {
        const b = Math.floor((s - visit.navStart) / bin);
        const binEnd = visit.navStart + (b + 1) * bin;
        const slice = Math.min(busyEnd, binEnd) - s;
        bins[b] = (bins[b] ?? 0) + slice;
        s += slice;
      }
      const row = perConn.get(c.connection) ?? [];
      const b = Math.floor((c.sentAt - visit.navStart) / bin);
      row[b] = (row[b] ?? 0) + c.bytes;
      perConn.set(c.connection, row);
    }
    const totalDown = down.reduce((s, c) => s + c.bytes, 0);
    const lastDownSent = Math.max(...down.map((c) => c.arrivedAt));
    const sw = visit.requests.filter((r) => r.target === 'service_worker' && !r.url.endsWith('/sw.js'));
    const installing = visit.marks.find(([, text]) => text.startsWith('sw version installing'))?.[0];
    const entry = visit.requests.find((r) => r.target === 'page' && /\/assets\/index-.*\.js$/.test(r.url));
    const idleBeforeReady = (bins.slice(0, Math.ceil((end - visit.navStart) / bin)).reduce((idle, busy) => idle + (bin - (busy ?? 0)), 0) + 0).toFixed(0);
    console.log(
      `summary: html ${t(visit.requests[0]?.end)} · app script ${t(entry?.end)} · install ${t(installing)} · first precache request ${t(sw[0]?.start)} · last precache response ${t(Math.max(...sw.map((r) => r.end ?? 0)))} · ready ${t(visit.ready)} · downlink idle before ready ${idleBeforeReady} ms · ${connections.size} connections`,
    );
    console.log(`\ndownlink: ${totalDown} B; busy ${(down.reduce((s, c) => s + (c.arrivedAt - SHAPE.rttMs / 2 - c.sentAt), 0)).toFixed(0)} ms; last byte arrives ${t(lastDownSent)}; ready ${t(visit.ready)}`);
    console.log('downlink busy % per 100 ms from navigation:');
    console.log(Array.from({ length: Math.ceil((end - visit.navStart) / bin) }, (_, i) => String(Math.round(bins[i] ?? 0)).padStart(3)).join(' '));
    console.log('per connection, kB sent down per 100 ms bin:');
    for (const [conn, row] of [...perConn.entries()].sort((a, b) => a[0] - b[0])) {
      console.log(`${String(conn).padStart(3)}: ${Array.from({ length: Math.ceil((end - visit.navStart) / bin) }, (_, i) => (row[i] ? String(Math.round(row[i] / 1000)) : '.').padStart(3)).join(' ')}`);
    }
  }
} finally {
  await relay.stop();
  await server.stop();
}
