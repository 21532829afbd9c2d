/**
 * History rows (issue 11): document bytes and a P3-like reload of a gesprek with 20,000 keystrokes,
 * with and without the field tracker (edit records, attribution, history) recording them.
 * Typing is bench/support/offlineEdits' seeded typing, 300 ms per keystroke on a simulated clock
 * (20,000 keystrokes ≈ 100 minutes), the tracker's 3 s flush timer running on that clock too.
 * "Reload" is what opening the stored gesprek costs in node: a fresh Y.Doc applies the stored state,
 * the tracker starts on it and the conflicts are computed, as the app does on open; 11 runs after 2
 * warm-up. (The browser P3 row in offlineReload.ts can load this document too; the lead wires it.)
 * Run with `npx tsx bench/history.ts`.
 */
import * as Y from 'yjs';
import { fieldConflicts } from '../src/domain/care/conflicts.ts';
import { trackFields } from '../src/domain/care/fieldTracker.ts';
import { historyArray } from '../src/domain/care/history.ts';
import { editsMap } from '../src/domain/care/editRecords.ts';
import { typeEdits } from './support/offlineEdits.ts';
import { emitRow } from './support/report.ts';
import { kB, ms, summarize } from './support/stats.ts';

const KEYSTROKES = 20_000;
const KEY_INTERVAL_MS = 300;
const RUNS = 11;
const WARMUP = 2;

/** A clock that moves 300 ms per transaction and runs the tracker's timers when they fall due. */
function simulatedTime(doc: Y.Doc) {
  let now = Date.UTC(2026, 10, 23, 9, 0, 0);
  const timers: Array<{ due: number; task: () => void }> = [];
  doc.on('afterTransaction', () => {
    now += KEY_INTERVAL_MS;
  });
  const runDue = () => {
    for (const timer of timers.splice(0).filter((t) => t.due <= now || (timers.push(t), false))) timer.task();
  };
  doc.on('afterAllTransactions', runDue);
  return {
    now: () => now,
    schedule: (task: () => void, delay: number) => {
      const timer = { due: now + delay, task };
      timers.push(timer);
      return () => {
        const index = timers.indexOf(timer);
        if (index >= 0) timers.splice(index, 1);
      };
    },
  };
}

function typedDoc(recordHistory: boolean): Uint8Array {
  const doc = new Y.Doc();
  if (recordHistory) {
    const time = simulatedTime(doc);
    const tracker = trackFields(doc, { tablet: 'bench-tablet', role: 'school', now: time.now, schedule: time.schedule });
    tracker.setLive(true);
    typeEdits(doc, KEYSTROKES, 11);
    tracker.destroy();
    console.log(`  records ${editsMap(doc).size}, history entries ${historyArray(doc).length}`);
  } else {
    typeEdits(doc, KEYSTROKES, 11);
  }
  return Y.encodeStateAsUpdate(doc);
}

function reloadTimes(state: Uint8Array, withTracker: boolean): number[] {
  const samples: number[] = [];
  for (let i = 0; i < RUNS + WARMUP; i++) {
    const start = performance.now();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    if (withTracker) {
      const tracker = trackFields(doc, { tablet: 'bench-tablet' });
      fieldConflicts(doc);
      tracker.destroy();
    }
    const elapsed = performance.now() - start;
    doc.destroy();
    if (i >= WARMUP) samples.push(elapsed);
  }
  return samples;
}

const without = typedDoc(false);
const withHistory = typedDoc(true);
const bytesRatio = withHistory.byteLength / without.byteLength;
const plain = summarize(reloadTimes(without, false));
const tracked = summarize(reloadTimes(withHistory, true));

console.log(`document bytes: without history ${kB(without.byteLength)}, with history ${kB(withHistory.byteLength)} (${bytesRatio.toFixed(2)}×)`);
console.log(`reload p50: without ${ms(plain.p50)}, with ${ms(tracked.p50)} (p95 ${ms(tracked.p95)})`);

emitRow({
  id: 'H1',
  what: `gesprek bytes with history, ${KEYSTROKES} keystrokes`,
  result: `${kB(withHistory.byteLength)} (${bytesRatio.toFixed(2)}×)`,
  floor: kB(without.byteLength),
  ratio: `${bytesRatio.toFixed(2)}×`,
  goal: '≤ 2× the bytes without history',
  met: bytesRatio <= 2,
  method: `Y.encodeStateAsUpdate after ${KEYSTROKES} seeded keystrokes (${KEY_INTERVAL_MS} ms apart, simulated clock) with and without the field tracker.`,
});
emitRow({
  id: 'H2',
  what: 'reload of that gesprek with the tracker (node)',
  result: `p50 ${ms(tracked.p50)} · p95 ${ms(tracked.p95)}`,
  floor: `p50 ${ms(plain.p50)}`,
  ratio: `${(tracked.p50 / plain.p50).toFixed(1)}×`,
  goal: 'p50 ≤ 150 ms',
  met: tracked.p50 <= 150,
  method: `fresh Y.Doc + applyUpdate + trackFields + fieldConflicts, ${RUNS} runs after ${WARMUP} warm-up; floor: applyUpdate alone.`,
});
