import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActie, actieIds, actieTextKey, removeActie } from '../form/actieFields.ts';
import { authorLabel, registerClient, tabletOfClient } from './attribution.ts';
import { readFieldValue, writeFieldValue } from './fieldIds.ts';
import { fieldVersions, historyArray, removedItems } from './history.ts';
import { VERSION_INTERVAL_MS } from './historyRecorder.ts';
import { fieldConflicts } from './conflicts.ts';
import { keepVersion, restoreRemoved, restoreVersion } from './resolve.ts';
import { trackFields } from './fieldTracker.ts';
import { TabletPair, TestClock } from './testing/twoTablets.ts';

const NOTE = 'persoonlijkeNoot';

describe('field history', () => {
  it('keeps the value before each stretch of typing (at most one per field per interval), with its author, the same on both tablets', () => {
    const clock = new TestClock();
    const pair = new TabletPair(clock);
    pair.connect();
    writeFieldValue(pair.a.doc, NOTE, 'Eerste zin.');
    clock.advance(VERSION_INTERVAL_MS + 1000);
    writeFieldValue(pair.a.doc, NOTE, 'Eerste zin. Tweede zin.');
    clock.advance(VERSION_INTERVAL_MS + 1000);
    writeFieldValue(pair.b.doc, NOTE, 'Eerste zin. Tweede zin. Van de politie.');
    pair.a.runTimers();
    pair.b.runTimers();
    const values = (doc: Y.Doc) => fieldVersions(doc, NOTE).map((v) => [v.value, tabletOfClient(doc, v.client)]);
    expect(values(pair.a.doc)).toEqual([
      ['Eerste zin. Tweede zin.', 'tablet-a'],
      ['Eerste zin.', 'tablet-a'],
    ]);
    expect(values(pair.b.doc)).toEqual(values(pair.a.doc));
  });

  it('a gesprek opened with text in it keeps that text as the version before the first edit, local or arriving', () => {
    const clock = new TestClock();
    const earlier = new TabletPair(clock);
    earlier.connect();
    writeFieldValue(earlier.a.doc, NOTE, 'Van de vorige keer.');
    writeFieldValue(earlier.a.doc, 'samenwerking', 'Elke maand.');
    earlier.a.runTimers();
    const stored = Y.encodeStateAsUpdate(earlier.a.doc);

    // Opened again on tablet a: the tracker starts on the stored document (as gesprekSession does).
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored);
    const tracker = trackFields(doc, { tablet: 'tablet-a', now: clock.now, schedule: () => () => undefined });
    clock.advance(1000);
    writeFieldValue(doc, NOTE, 'Nieuw.');
    // The other tablet replaces this tablet's text: that arrives as a remote update.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    writeFieldValue(other, 'samenwerking', 'Elke week.');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)), 'network');
    tracker.flush();

    expect(fieldVersions(doc, NOTE).map((v) => [v.value, tabletOfClient(doc, v.client)])).toEqual([['Van de vorige keer.', 'tablet-a']]);
    expect(fieldVersions(doc, 'samenwerking').map((v) => v.value)).toEqual(['Elke maand.']);
    tracker.destroy();
  });

  it('does not add a version per keystroke', () => {
    const clock = new TestClock();
    const pair = new TabletPair(clock);
    const text = pair.a.doc.getText(NOTE);
    for (const char of 'Een hele lange zin, letter voor letter getypt.') {
      text.insert(text.length, char);
      clock.advance(300);
    }
    expect(fieldVersions(pair.a.doc, NOTE).length).toBeLessThanOrEqual(1);
  });

  it('"Terugzetten" brings a version back as a new edit and keeps the value it replaced', () => {
    const clock = new TestClock();
    const pair = new TabletPair(clock);
    pair.connect();
    writeFieldValue(pair.a.doc, NOTE, 'Oud');
    clock.advance(VERSION_INTERVAL_MS + 1000);
    writeFieldValue(pair.a.doc, NOTE, 'Nieuw');
    const old = fieldVersions(pair.b.doc, NOTE).find((v) => v.value === 'Oud')!;
    restoreVersion(pair.b.doc, NOTE, old.value, clock.now());
    expect(readFieldValue(pair.a.doc, NOTE)).toBe('Oud');
    expect(fieldVersions(pair.a.doc, NOTE).map((v) => v.value)).toContain('Nieuw');
  });

  it('a choice in the conflict notice keeps both versions in the history with their authors, on both tablets', () => {
    const clock = new TestClock();
    const pair = new TabletPair(clock);
    pair.connect();
    writeFieldValue(pair.a.doc, NOTE, 'Begin.');
    pair.disconnect();
    writeFieldValue(pair.a.doc, NOTE, 'Begin. Van school.');
    clock.advance(2000);
    writeFieldValue(pair.b.doc, NOTE, 'Begin. Van politie.');
    clock.advance(60_000);
    pair.connect();
    const conflict = fieldConflicts(pair.b.doc)[0]!;
    keepVersion(pair.b.doc, conflict, 'Begin. Van politie.', 'tablet-b', clock.now());
    for (const doc of [pair.a.doc, pair.b.doc]) {
      const versions = fieldVersions(doc, NOTE).map((v) => [v.value, tabletOfClient(doc, v.client)]);
      expect(versions).toContainEqual(['Begin. Van school.', 'tablet-a']);
      expect(versions).toContainEqual(['Begin. Van politie.', 'tablet-b']);
    }
  });

  it('still reads versions stored as word-token edit scripts by earlier versions of the app', () => {
    const doc = new Y.Doc();
    historyArray(doc).push([
      { kind: 'field', id: '5:0', field: NOTE, client: 5, at: 1, value: 'een twee drie' },
      { kind: 'field', id: '5:1', field: NOTE, client: 5, at: 2, delta: { base: '5:0', depth: 1, hunks: [2, { skip: 1 }, 'vier', 2] } },
    ]);
    expect(fieldVersions(doc, NOTE).map((v) => v.value)).toEqual(['een vier drie', 'een twee drie']);
  });

  it('a removed action can be put back with its texts', () => {
    const clock = new TestClock();
    const pair = new TabletPair(clock);
    pair.connect();
    const id = addActie(pair.a.doc);
    writeFieldValue(pair.a.doc, actieTextKey(id, 'actie'), 'Ouders informeren');
    writeFieldValue(pair.a.doc, actieTextKey(id, 'doorWie'), 'Fatima');
    removeActie(pair.b.doc, id);
    const [removed, ...others] = removedItems(pair.a.doc, 'actions', actieIds(pair.a.doc));
    expect(others).toEqual([]);
    expect(removed?.label).toBe('Ouders informeren — Fatima');
    restoreRemoved(pair.a.doc, removed!);
    expect(actieIds(pair.b.doc)).toEqual([id]);
    expect(readFieldValue(pair.b.doc, actieTextKey(id, 'doorWie'))).toBe('Fatima');
    expect(removedItems(pair.b.doc, 'actions', actieIds(pair.b.doc))).toEqual([]);
  });
});

describe('attribution', () => {
  it('names the author by role, or "deze tablet" / "de andere tablet" before a role is chosen', () => {
    const doc = new Y.Doc();
    registerClient(doc, 'mine', undefined, 1);
    expect(authorLabel(doc, 'mine', 'mine')).toBe('deze tablet');
    expect(authorLabel(doc, 'other', 'mine')).toBe('de andere tablet');
    registerClient(doc, 'mine', 'politie', 2);
    expect(authorLabel(doc, 'mine', 'mine')).toBe('Politie');
  });
});
