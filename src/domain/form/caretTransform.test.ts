import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { transformCaret, type TextDeltaOp } from './caretTransform.ts';

/** Applies a remote edit to a text and reports the delta the observer saw. */
function remoteEdit(initial: string, edit: (t: Y.Text) => void): TextDeltaOp[] {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, initial);
  let delta: TextDeltaOp[] = [];
  text.observe((event) => {
    delta = event.delta as TextDeltaOp[];
  });
  edit(text);
  return delta;
}

describe('transformCaret', () => {
  it('moves the caret right when text is inserted before it', () => {
    const delta = remoteEdit('hallo wereld', (t) => t.insert(0, 'Zeg '));
    expect(transformCaret(delta, 5)).toBe(9);
  });

  it('keeps the caret when text is inserted after it', () => {
    const delta = remoteEdit('hallo wereld', (t) => t.insert(12, '!'));
    expect(transformCaret(delta, 5)).toBe(5);
  });

  it('keeps the caret in front of text inserted exactly at it', () => {
    const delta = remoteEdit('hallo wereld', (t) => t.insert(5, ' mooie'));
    expect(transformCaret(delta, 5)).toBe(5);
  });

  it('moves the caret left when text before it is deleted, and clamps inside a deletion', () => {
    expect(transformCaret(remoteEdit('hallo wereld', (t) => t.delete(0, 6)), 8)).toBe(2);
    expect(transformCaret(remoteEdit('hallo wereld', (t) => t.delete(3, 6)), 5)).toBe(3);
  });
});
