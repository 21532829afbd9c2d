/**
 * H1 (issue 11): document bytes of a gesprek with 20,000 keystrokes of history (bench/support/
 * trackedTyping.ts), with and without the field tracker (edit records, attribution, history).
 * Also prints, for information, a reload in node (fresh Y.Doc + applyUpdate + tracker + conflicts,
 * as the app does on open); the browser figure is H2 (bench/historyReload.ts).
 * Run with `npx tsx bench/history.ts`.
 */
import * as Y from 'yjs';
import { fieldConflicts } from '../src/domain/care/conflicts.ts';
import { trackFields } from '../src/domain/care/fieldTracker.ts';
import { withLoad } from './support/load.ts';
import { emitRow } from './support/report.ts';
import { kB, ms, summarize } from './support/stats.ts';
import { KEY_INTERVAL_MS, KEYSTROKES, typedGesprek } from './support/trackedTyping.ts';

const RUNS = 11;
const WARMUP = 2;

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

const plainGesprek = typedGesprek(false);
const trackedGesprek = typedGesprek(true);
const without = Y.encodeStateAsUpdate(plainGesprek.doc);
const withHistory = Y.encodeStateAsUpdate(trackedGesprek.doc);
const bytesRatio = withHistory.byteLength / without.byteLength;
console.log(`  records ${trackedGesprek.records}, history entries ${trackedGesprek.historyEntries}`);
console.log(`  document bytes: without history ${kB(without.byteLength)}, with history ${kB(withHistory.byteLength)} (${bytesRatio.toFixed(2)}×)`);
const plain = summarize(reloadTimes(without, false));
const tracked = summarize(reloadTimes(withHistory, true));
console.log(withLoad(`  reload in node p50: without history ${ms(plain.p50)}, with history + tracker + conflicts ${ms(tracked.p50)} (p95 ${ms(tracked.p95)}, n ${RUNS})`));

emitRow({
  id: 'H1',
  what: `gesprek document bytes with history, ${KEYSTROKES.toLocaleString('en')} keystrokes`,
  result: `${kB(withHistory.byteLength)} (${trackedGesprek.historyEntries} history versions, ${trackedGesprek.records} edit records)`,
  floor: `${kB(without.byteLength)} without history`,
  ratio: `${bytesRatio.toFixed(2)}×`,
  goal: '≤ 2× the bytes without history',
  met: bytesRatio <= 2,
  method: `Y.encodeStateAsUpdate after ${KEYSTROKES} seeded one-character edits (${KEY_INTERVAL_MS} ms apart on a simulated clock, ≈ ${Math.round((KEYSTROKES * KEY_INTERVAL_MS) / 60_000)} min, caret jumps every 60 keystrokes over 5 text fields) with the field tracker recording them; floor: the same typing without it.`,
});
