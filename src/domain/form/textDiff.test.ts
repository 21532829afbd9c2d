import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { applyTextChange, diffText } from './textDiff.ts';

describe('diffText', () => {
  it('finds a single insertion in the middle', () => {
    expect(diffText('hallo wereld', 'hallo mooie wereld')).toEqual({ index: 6, deleteCount: 0, insert: 'mooie ' });
  });

  it('never splits a surrogate pair', () => {
    const edit = diffText('a😀', 'a😃');
    expect(edit.index).toBe(1);
    expect(edit.insert).toBe('😃');
    expect(edit.deleteCount).toBe(2);
  });

  it('turns any string into any other string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (from, to) => {
        const doc = new Y.Doc();
        const text = doc.getText('t');
        text.insert(0, from);
        applyTextChange(text, to);
        // Through an encode/decode round trip, as sync and storage do.
        const copy = new Y.Doc();
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
        expect(copy.getText('t').toString()).toBe(to);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps both people’s typing when they edit one field at once', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    applyTextChange(a.getText('f'), 'Wijkagent loopt binnen.');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    applyTextChange(a.getText('f'), 'Wijkagent loopt wekelijks binnen.');
    applyTextChange(b.getText('f'), 'Wijkagent loopt binnen. Ouders weten dit.');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(a.getText('f').toString()).toBe('Wijkagent loopt wekelijks binnen. Ouders weten dit.');
    expect(b.getText('f').toString()).toBe(a.getText('f').toString());
  });
});
