import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { applyEditToString, editForInput } from './inputEdit.ts';
import { replaceText } from './textFields.ts';

describe('editForInput', () => {
  it('replaces a whole selection, even when the new text starts with the same letter', () => {
    expect(editForInput('Frank', 'F', { start: 0, end: 5 }, 'insertText')).toEqual({ index: 0, deleteCount: 5, insert: 'F' });
    expect(editForInput('Frank', 'Fatima (school)', { start: 0, end: 5 }, 'insertFromPaste')).toEqual({
      index: 0,
      deleteCount: 5,
      insert: 'Fatima (school)',
    });
  });

  it('inserts at the caret, not where a minimal diff would put it', () => {
    // "aa|a" + "a": the diff would say index 3; the person typed at 2.
    expect(editForInput('aaa', 'aaaa', { start: 2, end: 2 }, 'insertText')).toEqual({ index: 2, deleteCount: 0, insert: 'a' });
  });

  it('deletes beside a collapsed caret, backwards and forwards', () => {
    expect(editForInput('hallo wereld', 'hallo ', { start: 12, end: 12 }, 'deleteWordBackward')).toEqual({
      index: 6,
      deleteCount: 6,
      insert: '',
    });
    expect(editForInput('aab', 'ab', { start: 1, end: 1 }, 'deleteContentForward')).toEqual({ index: 1, deleteCount: 1, insert: '' });
    expect(editForInput('aab', 'ab', { start: 1, end: 1 }, 'deleteContentBackward')).toEqual({ index: 0, deleteCount: 1, insert: '' });
  });

  it('falls back to the diff when the range does not explain the new value (autocorrect elsewhere)', () => {
    expect(editForInput('teh hond', 'the hond', { start: 8, end: 8 }, 'insertReplacementText')).toEqual({
      index: 1,
      deleteCount: 2,
      insert: 'he',
    });
    expect(editForInput('abc', 'abxc')).toEqual({ index: 2, deleteCount: 0, insert: 'x' });
    expect(editForInput('abc', 'abc', { start: 0, end: 3 })).toBeUndefined();
  });

  it('never splits an emoji in two', () => {
    const edit = editForInput('a😀', 'a😃');
    expect(edit).toEqual({ index: 1, deleteCount: 2, insert: '😃' });
  });

  it('always explains the new value, with or without a range', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'grapheme' }),
        fc.option(fc.tuple(fc.nat(), fc.nat())),
        fc.constantFrom('insertText', 'deleteContentBackward', 'deleteContentForward', 'insertReplacementText'),
        (before, after, range, inputType) => {
          const [a, b] = range ?? [0, 0];
          const start = Math.min(a, b) % (before.length + 1);
          const end = Math.min(before.length, start + Math.abs(a - b));
          const edit = editForInput(before, after, range ? { start, end } : undefined, inputType);
          expect(edit ? applyEditToString(before, edit) : before).toBe(after);
          const doc = new Y.Doc();
          doc.getText('t').insert(0, before);
          replaceText(doc.getText('t'), after);
          // Through an encode/decode round trip, as sync and storage do: no lone surrogate halves.
          const copy = new Y.Doc();
          Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
          expect(copy.getText('t').toString()).toBe(after);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports exactly the replaced selection and the typed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), fc.nat(), fc.nat(), fc.string({ unit: 'grapheme-ascii', minLength: 1 }), (before, a, b, typed) => {
        const start = Math.min(a, b) % (before.length + 1);
        const end = Math.min(before.length, start + Math.abs(a - b));
        const after = before.slice(0, start) + typed + before.slice(end);
        expect(editForInput(before, after, { start, end }, 'insertText')).toEqual({ index: start, deleteCount: end - start, insert: typed });
      }),
    );
  });
});
