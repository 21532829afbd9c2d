/**
 * P11: client CPU per update. Node, one client process (this one), the server in a child process.
 * The app's client: EncryptedSync (seal, envelope doc, mirror, ledger) on the real server; the
 * floor: the stock HocuspocusProvider on a plain Y.Doc against a stock Hocuspocus server, same
 * machine, same run, alternating. Each run makes 400 one-character edits (one transaction each,
 * 25 ms apart so each goes out on its own, as typing does) and waits until the server has
 * everything; process.cpuUsage() (user + system) over the run, minus the same idle wait measured
 * without edits, ÷ edits. Run with `npx tsx bench/clientCpu.ts`.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { newGesprekId } from '../src/domain/ids/gesprekId.ts';
import { newRoomKeyText, startEncryptedSync, syncUrlFor } from '../src/sync/index.ts';
import { startAppServer } from './support/appServer.ts';
import { spawnTsxServer, stopChild } from './support/childProcess.ts';
import { buildHarness } from './support/harnessBuild.ts';
import { loadNow } from './support/load.ts';
import { emitRow, ratio } from './support/report.ts';
import { median } from './support/stats.ts';
import { eventually } from '../src/test/eventually.ts';

const EDITS = 400;
const PACE_MS = 25;
const RUNS = 5;
const sleep = (t: number) => new Promise((resolve) => setTimeout(resolve, t));
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};


/** CPU ms per edit: type, wait until sent and acknowledged. */
async function typeAndMeasure(doc: Y.Doc, done: () => boolean): Promise<number> {
  const text = doc.getText('samenwerking');
  const start = cpuMs();
  for (let i = 0; i < EDITS; i++) {
    doc.transact(() => text.insert(text.length, String.fromCharCode(97 + (i % 26))));
    await sleep(PACE_MS);
  }
  await eventually(done, 60_000, 'client finished sending');
  return (cpuMs() - start) / EDITS;
}

/** The same wait without edits: timers and sockets idling (subtracted from both). */
async function idlePerEdit(): Promise<number> {
  const start = cpuMs();
  for (let i = 0; i < EDITS; i++) await sleep(PACE_MS);
  return (cpuMs() - start) / EDITS;
}

const app = await startAppServer({ staticDir: await buildHarness() });
const stock = await spawnTsxServer('bench/support/stockServer.ts', {}, /stock (\d+)/);
const appCpu: number[] = [];
const stockCpu: number[] = [];
let idle = NaN;
try {
  for (let run = 0; run < RUNS + 1; run++) {
    const doc = new Y.Doc();
    const sync = await startEncryptedSync({ doc, roomKey: newRoomKeyText(), url: syncUrlFor(app.origin), WebSocketPolyfill: WebSocket });
    await eventually(() => sync.getStatus().synced, 60_000, 'synced');
    const a = await typeAndMeasure(doc, () => sync.getStatus().synced && sync.getStatus().pendingChanges === 0);
    sync.destroy();

    const plain = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${stock.port}`, WebSocketPolyfill: WebSocket });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: newGesprekId(), document: plain });
    provider.attach();
    await eventually(() => provider.isSynced, 60_000, 'synced');
    const s = await typeAndMeasure(plain, () => !provider.hasUnsyncedChanges);
    provider.destroy();
    socket.destroy();
    if (run === 0) {
      idle = await idlePerEdit();
      continue; // warm-up
    }
    appCpu.push(a);
    stockCpu.push(s);
    console.log(`  run ${run}: app ${a.toFixed(3)} ms/update, stock ${s.toFixed(3)} ms/update [load ${loadNow().toFixed(1)}]`);
  }
} finally {
  await stopChild(stock.child);
  await app.stop();
}
const appNet = median(appCpu) - idle;
const stockNet = median(stockCpu) - idle;
console.log(`  idle wait: ${idle.toFixed(3)} ms per edit interval (subtracted)`);
emitRow({
  id: 'P11',
  what: 'client CPU per update (one keystroke: seal, send, acknowledgement)',
  result: `${appNet.toFixed(2)} ms per update (median of ${RUNS})`,
  floor: `stock HocuspocusProvider, plain Y.Doc: ${stockNet.toFixed(2)} ms`,
  ratio: ratio(appNet, stockNet),
  goal: '≤ 1.5× stock',
  met: appNet <= 1.5 * stockNet,
  method: `node client (this process), server in a child process: EncryptedSync on the real server vs the stock provider on a stock Hocuspocus server, alternating, ${RUNS} runs after 1 warm-up; ${EDITS} one-char edits ${PACE_MS} ms apart until the server has them all (app: synced with no pending changes; stock: no unsynced changes); process.cpuUsage user+system ÷ edits, minus the same wait without edits. Not a browser row: node's CPU, no ×4 throttling.`,
});
