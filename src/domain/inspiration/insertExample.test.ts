import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { anchorCaret, resolveCaret } from './caretAnchor.ts';
import { insertAtCaret } from './insertExample.ts';

const EXAMPLE = 'De wijkagent loopt geregeld binnen.';

function fieldWith(content: string): Y.Text {
  const text = new Y.Doc().getText('afspraak.1.preventie');
  text.insert(0, content);
  return text;
}

describe('insertAtCaret', () => {
  it('inserts into an empty field without separators', () => {
    const text = fieldWith('');
    expect(insertAtCaret(text, 0, EXAMPLE)).toBe(EXAMPLE.length);
    expect(text.toString()).toBe(EXAMPLE);
  });

  it('starts a new line after text at the end of a line', () => {
    const text = fieldWith('Wij spreken af:');
    const caret = insertAtCaret(text, 15, EXAMPLE);
    expect(text.toString()).toBe(`Wij spreken af:\n${EXAMPLE}`);
    expect(caret).toBe(text.length);
  });

  it('adds a space mid-line and a separator before a following word', () => {
    const text = fieldWith('Eerst overleg daarna');
    insertAtCaret(text, 13, EXAMPLE);
    expect(text.toString()).toBe(`Eerst overleg ${EXAMPLE} daarna`);
  });

  it('puts a newline after the example when it starts a line that goes on', () => {
    const text = fieldWith('Bestaande afspraak.');
    const caret = insertAtCaret(text, 0, EXAMPLE);
    expect(text.toString()).toBe(`${EXAMPLE}\nBestaande afspraak.`);
    expect(caret).toBe(EXAMPLE.length);
  });

  it('adds nothing after whitespace', () => {
    const text = fieldWith('Punt één.\n');
    insertAtCaret(text, 10, EXAMPLE);
    expect(text.toString()).toBe(`Punt één.\n${EXAMPLE}`);
  });

  it('clamps the caret to the text', () => {
    const text = fieldWith('abc');
    insertAtCaret(text, 99, 'x.');
    insertAtCaret(text, -5, 'y.');
    expect(text.toString()).toBe('y.\nabc\nx.');
    expect(insertAtCaret(fieldWith('abc'), Number.NaN, 'z.')).toBe(6);
  });

  it('never splits a surrogate pair, and the result survives an encode round trip', () => {
    const text = fieldWith('Top 😀 dag');
    insertAtCaret(text, 5, 'x');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(text.doc!));
    expect(copy.getText('afspraak.1.preventie').toString()).toBe('Top 😀 x dag');
  });

  it('makes one transaction with one update', () => {
    const text = fieldWith('Iets.');
    let updates = 0;
    text.doc!.on('update', () => updates++);
    insertAtCaret(text, 5, EXAMPLE);
    expect(updates).toBe(1);
  });

  it('ignores a blank example', () => {
    const text = fieldWith('abc');
    expect(insertAtCaret(text, 1, '  ')).toBe(1);
    expect(text.toString()).toBe('abc');
  });
});

/** Two tablets with the same field; returns both Y.Texts. */
function twoReplicas(initial: string): [Y.Text, Y.Text] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.getText('f').insert(0, initial);
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a.getText('f'), b.getText('f')];
}

function exchange(a: Y.Text, b: Y.Text): void {
  const docA = a.doc!;
  const docB = b.doc!;
  const fromA = Y.encodeStateAsUpdate(docA, Y.encodeStateVector(docB));
  const fromB = Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA));
  Y.applyUpdate(docB, fromA);
  Y.applyUpdate(docA, fromB);
}

describe('inserting an example while the other tablet types', () => {
  it('keeps the example and the typing whole, at the same spot', () => {
    const [a, b] = twoReplicas('Afspraken:');
    insertAtCaret(a, 10, EXAMPLE);
    const typed = ' De school belt eerst.';
    for (const [i, char] of [...typed].entries()) b.insert(10 + i, char);
    exchange(a, b);
    expect(a.toString()).toBe(b.toString());
    expect(a.toString()).toContain(EXAMPLE);
    expect(a.toString()).toContain(typed);
  });

  it('keeps both whole for any text, caret, typing position and exchange order', () => {
    const typing = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        fc.nat(),
        fc.nat(),
        typing,
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 15 }).filter((s) => s.trim().length > 0),
        fc.boolean(),
        (initial, caretSeed, typeSeed, typed, example, midwayExchange) => {
          const [a, b] = twoReplicas(initial);
          insertAtCaret(a, caretSeed % (initial.length + 1), example);
          // B types character by character; sometimes it sees A's insert half-way through.
          let at = typeSeed % (b.length + 1);
          const chars = [...typed];
          chars.forEach((char, i) => {
            if (midwayExchange && i === Math.floor(chars.length / 2)) {
              // B's editor keeps its caret as a relative position, as the form's binding does.
              const anchor = anchorCaret(b, at);
              exchange(a, b);
              at = resolveCaret(b, anchor) ?? b.length;
            }
            b.insert(at, char);
            at += char.length;
          });
          exchange(a, b);
          expect(a.toString()).toBe(b.toString());
          expect(a.toString()).toContain(example.trim());
          expect(a.toString()).toContain(typed);
          // And through an encode round trip, as sync and storage do.
          const copy = new Y.Doc();
          Y.applyUpdate(copy, Y.encodeStateAsUpdate(a.doc!));
          expect(copy.getText('f').toString()).toBe(a.toString());
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('insertAtCaret in a single-line field', () => {
  it('separates with spaces only', () => {
    const text = fieldWith('Actie:');
    insertAtCaret(text, 6, EXAMPLE, { singleLine: true });
    expect(text.toString()).toBe(`Actie: ${EXAMPLE}`);
    const start = fieldWith('later');
    insertAtCaret(start, 0, 'Nu.\nDan.', { singleLine: true });
    expect(start.toString()).toBe('Nu. Dan. later');
  });
});
