import { describe, expect, it } from 'vitest';
import { fieldConflicts } from './conflicts.ts';
import { readFieldValue, writeFieldValue } from './fieldIds.ts';
import { keepMerged, keepVersion } from './resolve.ts';
import { TabletPair, TestClock } from './testing/twoTablets.ts';

const WHO = 'action.x1.doorWie';
const DATE = 'meta#datum';

function pairWith(field: string, value: string) {
  const clock = new TestClock();
  const pair = new TabletPair(clock);
  pair.connect();
  writeFieldValue(pair.a.doc, field, value);
  clock.advance(1000);
  return { pair, clock };
}

describe('conflict detection', () => {
  it('live co-editing in one field, with edits crossing in flight, raises no mark', () => {
    const { pair, clock } = pairWith(WHO, 'Frank');
    pair.holdUpdates = true;
    pair.a.doc.getText(WHO).insert(5, ' de Vries');
    pair.b.doc.getText(WHO).insert(0, 'Dhr. ');
    clock.advance(500);
    pair.deliver();
    pair.a.runTimers();
    pair.b.runTimers();
    pair.deliver();
    expect(readFieldValue(pair.a.doc, WHO)).toBe(readFieldValue(pair.b.doc, WHO));
    expect(fieldConflicts(pair.a.doc)).toEqual([]);
    expect(fieldConflicts(pair.b.doc)).toEqual([]);
  });

  it('edits made apart on different fields raise no mark', () => {
    const { pair, clock } = pairWith(WHO, 'Frank');
    pair.disconnect();
    writeFieldValue(pair.a.doc, WHO, 'Fatima (school)');
    writeFieldValue(pair.b.doc, 'persoonlijkeNoot', 'Volgende keer op school.');
    clock.advance(60_000);
    pair.connect();
    expect(fieldConflicts(pair.a.doc)).toEqual([]);
    expect(fieldConflicts(pair.b.doc)).toEqual([]);
    expect(readFieldValue(pair.b.doc, WHO)).toBe('Fatima (school)');
  });

  it('edits made apart on the same field mark it on both tablets, with both versions whole', () => {
    const { pair, clock } = pairWith(WHO, 'Frank');
    pair.disconnect();
    writeFieldValue(pair.a.doc, WHO, 'Fatima (school)');
    clock.advance(2000);
    writeFieldValue(pair.b.doc, WHO, 'Jeroen (politie)');
    clock.advance(60_000);
    pair.connect();
    for (const doc of [pair.a.doc, pair.b.doc]) {
      const [conflict, ...rest] = fieldConflicts(doc);
      expect(rest).toEqual([]);
      expect(conflict?.field).toBe(WHO);
      expect(conflict?.versions.map((v) => [v.tablet, v.value])).toEqual([
        ['tablet-a', 'Fatima (school)'],
        ['tablet-b', 'Jeroen (politie)'],
      ]);
    }
  });

  it('"Deze versie houden" leaves exactly that text on both tablets and clears the mark on both', () => {
    const { pair, clock } = pairWith(WHO, 'Frank');
    pair.disconnect();
    writeFieldValue(pair.a.doc, WHO, 'Fatima (school)');
    writeFieldValue(pair.b.doc, WHO, 'Jeroen (politie)');
    clock.advance(60_000);
    pair.connect();
    const conflict = fieldConflicts(pair.b.doc)[0]!;
    const jeroen = conflict.versions.find((v) => v.tablet === 'tablet-b')!;
    keepVersion(pair.b.doc, conflict, jeroen.value, 'tablet-b', clock.now());
    for (const doc of [pair.a.doc, pair.b.doc]) {
      expect(readFieldValue(doc, WHO)).toBe('Jeroen (politie)');
      expect(fieldConflicts(doc)).toEqual([]);
    }
  });

  it('"Samenvoeging houden" keeps the merged text and clears the mark', () => {
    const { pair, clock } = pairWith(WHO, 'Frank');
    pair.disconnect();
    pair.a.doc.getText(WHO).insert(5, ' en Fatima');
    pair.b.doc.getText(WHO).insert(5, ' en Jeroen');
    pair.connect();
    const merged = readFieldValue(pair.a.doc, WHO);
    const conflict = fieldConflicts(pair.a.doc)[0]!;
    keepMerged(pair.a.doc, conflict, 'tablet-a', clock.now());
    expect(readFieldValue(pair.b.doc, WHO)).toBe(merged);
    expect(fieldConflicts(pair.b.doc)).toEqual([]);
  });

  it('a date set apart on both tablets shows both dates; the chosen one stays', () => {
    const { pair, clock } = pairWith(DATE, '2026-11-23');
    pair.disconnect();
    writeFieldValue(pair.a.doc, DATE, '2026-12-01');
    writeFieldValue(pair.b.doc, DATE, '2026-12-08');
    clock.advance(5000);
    pair.connect();
    const conflict = fieldConflicts(pair.a.doc)[0]!;
    expect(conflict.versions.map((v) => v.value).sort()).toEqual(['2026-12-01', '2026-12-08']);
    keepVersion(pair.a.doc, conflict, '2026-12-01', 'tablet-a', clock.now());
    expect(readFieldValue(pair.b.doc, DATE)).toBe('2026-12-01');
    expect(fieldConflicts(pair.b.doc)).toEqual([]);
  });

  it('an edit made apart on one tablet only, merged later through a file, raises no mark', () => {
    const { pair } = pairWith(WHO, 'Frank');
    pair.disconnect();
    writeFieldValue(pair.a.doc, WHO, 'Fatima');
    pair.exchange();
    expect(fieldConflicts(pair.b.doc)).toEqual([]);
    writeFieldValue(pair.b.doc, WHO, 'Fatima en Jeroen');
    pair.exchange();
    expect(fieldConflicts(pair.a.doc)).toEqual([]);
  });
});
