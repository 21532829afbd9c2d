/**
 * The gesprek of the history rows (issue 11): 20,000 seeded keystrokes (bench/support/offlineEdits),
 * 300 ms apart on a simulated clock (≈ 100 minutes of typing), typed with or without the field
 * tracker (edit records, attribution, history) recording them; the tracker's flush timer runs on
 * that clock too. Returns every update as the app's store receives them.
 */
import * as Y from 'yjs';
import { editsMap } from '../../src/domain/care/editRecords.ts';
import { trackFields } from '../../src/domain/care/fieldTracker.ts';
import { historyArray } from '../../src/domain/care/history.ts';
import { typeEdits } from './offlineEdits.ts';

export const KEYSTROKES = 20_000;
export const KEY_INTERVAL_MS = 300;
const SEED = 11;
/**
 * Both documents get the same client id, so the ratio does not wander with two random ones (a
 * client id is written in every item's origin). One above 2^31, as half of Yjs's random ids are:
 * the larger encoding.
 */
const CLIENT_ID = 0x9e3779b9;

/** A clock that moves 300 ms per transaction and runs the tracker's timers when they fall due. */
function simulatedTime(doc: Y.Doc) {
  let now = Date.UTC(2026, 10, 23, 9, 0, 0);
  const timers: Array<{ due: number; task: () => void }> = [];
  doc.on('afterTransaction', () => {
    now += KEY_INTERVAL_MS;
  });
  doc.on('afterAllTransactions', () => {
    for (const timer of timers.splice(0).filter((t) => t.due <= now || (timers.push(t), false))) timer.task();
  });
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

export interface TypedGesprek {
  doc: Y.Doc;
  updates: Uint8Array[];
  /** Edit records and history entries the tracker left (0 without it). */
  records: number;
  historyEntries: number;
}

export function typedGesprek(withHistory: boolean): TypedGesprek {
  const doc = new Y.Doc();
  doc.clientID = CLIENT_ID;
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  if (withHistory) {
    const time = simulatedTime(doc);
    const tracker = trackFields(doc, { tablet: 'bench-tablet', role: 'school', now: time.now, schedule: time.schedule });
    tracker.setLive(true);
    typeEdits(doc, KEYSTROKES, SEED);
    tracker.destroy();
  } else {
    typeEdits(doc, KEYSTROKES, SEED);
  }
  return { doc, updates, records: editsMap(doc).size, historyEntries: historyArray(doc).length };
}
