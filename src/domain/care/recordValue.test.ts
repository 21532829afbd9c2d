import { describe, expect, it } from 'vitest';
import { fieldConflicts } from './conflicts.ts';
import { editsMap } from './editRecords.ts';
import { readFieldValue, writeFieldValue } from './fieldIds.ts';
import { VERSION_INTERVAL_MS } from './historyRecorder.ts';
import { TabletPair, TestClock } from './testing/twoTablets.ts';

const NOTE = 'persoonlijkeNoot';
const LONG = Array.from({ length: 200 }, (_, i) => `zin${i} over de afspraken met school en politie.`).join(' ');

describe('edit records of a long text', () => {
  it('store only what changed since the last history version, and the conflict still shows each version whole on both tablets', () => {
    const clock = new TestClock();
    const pair = new TabletPair(clock);
    pair.connect();
    writeFieldValue(pair.a.doc, NOTE, LONG);
    clock.advance(VERSION_INTERVAL_MS + 1000);
    writeFieldValue(pair.a.doc, NOTE, `${LONG} Eerste aanvulling.`); // keeps LONG in the history
    pair.disconnect();
    writeFieldValue(pair.a.doc, NOTE, `${LONG} Eerste aanvulling van school.`);
    clock.advance(2000);
    writeFieldValue(pair.b.doc, NOTE, `Politie: ${LONG} Eerste aanvulling.`);
    clock.advance(20_000);
    pair.a.runTimers();
    pair.b.runTimers();
    pair.connect();

    const fromA = [...editsMap(pair.b.doc).values()].filter((r) => r.tablet === 'tablet-a' && r.apart);
    expect(fromA.length).toBe(1);
    expect(fromA[0]?.value).toBeUndefined();
    expect(JSON.stringify(fromA[0]).length).toBeLessThan(LONG.length / 4);
    for (const doc of [pair.a.doc, pair.b.doc]) {
      const [conflict, ...rest] = fieldConflicts(doc);
      expect(rest).toEqual([]);
      expect(conflict?.versions.map((v) => [v.tablet, v.value])).toEqual([
        ['tablet-a', `${LONG} Eerste aanvulling van school.`],
        ['tablet-b', `Politie: ${LONG} Eerste aanvulling.`],
      ]);
      expect(conflict?.current).toBe(readFieldValue(pair.a.doc, NOTE));
    }
  });
});
