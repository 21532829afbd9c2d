import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { anchorCaret, resolveCaret } from './caretAnchor.ts';
import { insertAtCaret } from './insertExample.ts';

describe('anchorCaret', () => {
  it('follows the text when the other tablet types before the caret while the dialog is open', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getText('f').insert(0, 'Afspraak één.');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));

    const textA = a.getText('f');
    const anchor = anchorCaret(textA, textA.length);
    b.getText('f').insert(0, 'Eerst: ');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));

    const caret = resolveCaret(textA, anchor);
    expect(caret).toBe('Eerst: Afspraak één.'.length);
    insertAtCaret(textA, caret ?? textA.length, 'Nieuw.');
    expect(textA.toString()).toBe('Eerst: Afspraak één.\nNieuw.');
  });

  it('clamps the caret and resolves at the start of an empty field', () => {
    const text = new Y.Doc().getText('f');
    expect(resolveCaret(text, anchorCaret(text, 42))).toBe(0);
  });

  it('does not resolve against a text of another document', () => {
    const text = new Y.Doc().getText('f');
    text.insert(0, 'abc');
    const other = new Y.Doc().getText('f');
    expect(resolveCaret(other, anchorCaret(text, 2))).toBeUndefined();
  });
});
