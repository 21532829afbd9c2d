import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import type { TextDeltaOp } from './caretTransform.ts';
import { rebaseEdit } from './deferredEdit.ts';
import { applyTextEdits } from './textFields.ts';

/** Unique characters, so what survives can be compared as a set. */
const chars = (from: number, n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(from + i)).join('');
const sorted = (s: string) => [...s].sort().join('');

describe('rebaseEdit (a composed word applied after the other tablet wrote meanwhile)', () => {
  it('deletes the replaced letters that remain and keeps what the other tablet inserted among them', () => {
    // "Frank": the composition replaced all of it; meanwhile the other tablet wrote "X" after "Fr".
    const held: TextDeltaOp[][] = [[{ retain: 2 }, { insert: 'X' }]];
    const edits = rebaseEdit({ index: 0, deleteCount: 5, insert: 'Fatima' }, held, 5);
    let value = 'FrXank';
    for (const e of edits) value = value.slice(0, e.index) + e.insert + value.slice(e.index + e.deleteCount);
    expect(value).toBe('FatimaX');
  });

  it('keeps the same characters as a live merge of the two edits would', () => {
    fc.assert(
      fc.property(
        fc.nat(8),
        fc.nat(8),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.nat(3)), { maxLength: 5 }),
        (a, b, remoteEdits) => {
          const base = chars(0x4e00, 8);
          const start = Math.min(a, b);
          const edit = { index: start, deleteCount: Math.abs(a - b), insert: chars(0x5e00, 3) };
          const mine = new Y.Doc();
          mine.getText('f').insert(0, base);
          const other = new Y.Doc();
          Y.applyUpdate(other, Y.encodeStateAsUpdate(mine));
          const live = new Y.Doc();
          Y.applyUpdate(live, Y.encodeStateAsUpdate(mine));

          const held: TextDeltaOp[][] = [];
          mine.getText('f').observe((event) => held.push(event.delta as TextDeltaOp[]));
          let next = 0x6e00;
          for (const [at, del, ins] of remoteEdits) {
            const text = other.getText('f');
            const index = at % (text.length + 1);
            other.transact(() => {
              text.delete(index, Math.min(del, text.length - index));
              text.insert(index, chars(next, ins));
            });
            next += ins;
          }
          Y.applyUpdate(mine, Y.encodeStateAsUpdate(other));
          applyTextEdits(mine.getText('f'), rebaseEdit(edit, held, base.length));

          // The same two edits made concurrently and merged by Yjs.
          applyTextEdits(live.getText('f'), [edit]);
          Y.applyUpdate(live, Y.encodeStateAsUpdate(other));
          expect(sorted(mine.getText('f').toString())).toBe(sorted(live.getText('f').toString()));
          expect(mine.getText('f').toString()).toContain(edit.insert);
        },
      ),
      { numRuns: 150 },
    );
  });
});
