/**
 * P5: reconnect → converged with 5,000 offline edits on each tablet. Node, the real server
 * (child process, SQLite), two real EncryptedSync clients (`ws` as WebSocket). Each run: a fresh
 * room seeded with the fully filled gesprek and synced to both; both go offline (sessions
 * destroyed); each makes 5,000 one-character edits; then both reconnect (new sessions on the same
 * docs, as when the app comes back) and we time until both plaintext docs are equal.
 * Floor: raw Y.applyUpdate of each side's offline edits into a copy of the other side.
 * Run with `npx tsx bench/reconnect.ts`.
 */
import WebSocket from 'ws';
import * as Y from 'yjs';
import { buildFullyFilledGesprek } from '../src/domain/form/fixtures/fullyFilledGesprek.ts';
import { newGesprekId } from '../src/domain/ids/gesprekId.ts';
import { newRoomKeyText, startEncryptedSync, syncUrlFor, type EncryptedSync } from '../src/sync/index.ts';
import { startAppServer } from './support/appServer.ts';
import { typedContent, typeEdits } from './support/offlineEdits.ts';
import { buildHarness } from './support/harnessBuild.ts';
import { emitRow, ratio } from './support/report.ts';
import { ms, summarize } from './support/stats.ts';

const RUNS = 7;
const WARMUP = 1;
const EDITS = 5000;
const TIMEOUT_MS = 30_000;

const equalBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);
const converged = (a: Y.Doc, b: Y.Doc) =>
  equalBytes(Y.encodeStateVector(a), Y.encodeStateVector(b)) && typedContent(a) === typedContent(b) && JSON.stringify(a.getMap('meta').toJSON()) === JSON.stringify(b.getMap('meta').toJSON());

/** Resolves when `done()` holds, checked after every update of either doc and every status change. */
function until(docs: Y.Doc[], syncs: EncryptedSync[], done: () => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const offs: Array<() => void> = [];
    const cleanup = () => {
      clearTimeout(timer);
      for (const off of offs) off();
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`not converged within ${TIMEOUT_MS} ms`));
    }, TIMEOUT_MS);
    let queued = false;
    const check = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        if (done()) {
          cleanup();
          resolve();
        }
      });
    };
    for (const doc of docs) {
      doc.on('afterTransaction', check);
      offs.push(() => doc.off('afterTransaction', check));
    }
    for (const sync of syncs) offs.push(sync.subscribe(check));
    check();
  });
}

// The room is derived from the key; the gesprek id only names the gesprek locally.
const connect = (url: string, _gesprekId: string, roomKey: string, doc: Y.Doc) =>
  startEncryptedSync({ doc, roomKey, url, WebSocketPolyfill: WebSocket });

const allSynced = (syncs: EncryptedSync[]) => () => syncs.every((s) => s.getStatus().synced);

const server = await startAppServer({ staticDir: await buildHarness() });
const url = syncUrlFor(server.origin);
const convergedMs: number[] = [];
const syncedMs: number[] = [];
const floorMs: number[] = [];
let coldMs = NaN;
try {
  for (let run = 0; run < WARMUP + RUNS; run++) {
    const roomId = newGesprekId();
    const roomKey = newRoomKeyText();
    const a = buildFullyFilledGesprek();
    const b = new Y.Doc();
    let syncs = [await connect(url, roomId, roomKey, a), await connect(url, roomId, roomKey, b)];
    await until([a, b], syncs, () => converged(a, b) && allSynced(syncs)());
    for (const s of syncs) s.destroy();

    typeEdits(a, EDITS, 1000 + run);
    typeEdits(b, EDITS, 2000 + run);

    // Floor: the same offline edits applied raw, each side's into a copy of the other.
    const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
    const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
    const copyA = new Y.Doc();
    const copyB = new Y.Doc();
    Y.applyUpdate(copyA, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(copyB, Y.encodeStateAsUpdate(b));
    const floorStart = performance.now();
    Y.applyUpdate(copyA, fromB);
    Y.applyUpdate(copyB, fromA);
    floorMs.push(performance.now() - floorStart);
    if (!converged(copyA, copyB)) throw new Error('floor copies did not converge');

    const start = performance.now();
    syncs = await Promise.all([connect(url, roomId, roomKey, a), connect(url, roomId, roomKey, b)]);
    await until([a, b], syncs, () => converged(a, b));
    const convergedAt = performance.now() - start;
    await until([a, b], syncs, allSynced(syncs));
    const syncedAt = performance.now() - start;
    if (typedContent(a) !== typedContent(copyA)) throw new Error('synced content differs from the raw merge');
    for (const s of syncs) s.destroy();
    const warm = run >= WARMUP;
    console.log(`  run ${run + 1}${warm ? '' : ' (warm-up)'}: converged ${ms(convergedAt)}, both synced ${ms(syncedAt)}, floor ${ms(floorMs[floorMs.length - 1] ?? NaN)} (updates ${fromA.length} + ${fromB.length} B)`);
    if (warm) {
      convergedMs.push(convergedAt);
      syncedMs.push(syncedAt);
    } else {
      coldMs = convergedAt;
      floorMs.pop();
    }
    a.destroy();
    b.destroy();
  }
} finally {
  await server.stop();
}

const result = summarize(convergedMs);
const synced = summarize(syncedMs);
const floor = summarize(floorMs);
emitRow({
  id: 'P5',
  what: `reconnect → converged, ${EDITS.toLocaleString('en')} offline edits per tablet`,
  result: `median ${ms(result.p50)} (max ${ms(result.max)}, cold first run ${ms(coldMs)}); both "synced" ${ms(synced.p50)}`,
  floor: `raw Y.applyUpdate ${ms(floor.p50)}`,
  ratio: ratio(result.p50, floor.p50),
  goal: '≤ 0.5 s',
  met: result.p50 <= 500,
  method: `node, real server process + two EncryptedSync clients (ws); ${RUNS} runs after ${WARMUP} warm-up, each a fresh room seeded with the fully filled gesprek; both sessions destroyed, ${EDITS} one-char edits (8% backspace) per doc, then new sessions on both: time to equal state vectors and text; floor = applyUpdate of each side's diff into a copy of the other.`,
});
emitRow({
  id: 'F4',
  what: `floor: raw Y.applyUpdate of both tablets' offline edits (node)`,
  result: `median ${ms(floor.p50)} (n ${floor.n})`,
  goal: '—',
  method: "the P5 floor: each side's diff (encodeStateAsUpdate against the other's state vector) applied to a copy of the other side.",
});
