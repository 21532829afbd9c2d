import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { editForInput, type InputRange, type TextEdit } from './inputEdit.ts';
import { applyTextEdits } from './textFields.ts';

/**
 * Two tablets edit one field through the binding's rule (editForInput), as a browser would
 * report it: replace a selection, type at the caret, Backspace. Updates are delivered in any
 * order and at any moment. What a person would call loss: a word one side typed that is not in
 * the merged text although nobody who saw it deleted it.
 */

type Binding = (before: string, after: string, range: InputRange, inputType: string) => TextEdit | undefined;

interface Replica {
  text: Y.Text;
  inbox: Uint8Array[];
}

type Action =
  | { kind: 'edit'; side: 0 | 1; op: 'replace' | 'insert' | 'backspace'; at: number; span: number; prefix: string; suffix: string }
  | { kind: 'deliver'; to: 0 | 1; pick: number[] };

const fragment = fc.string({ unit: fc.constantFrom('a', 'b', ' '), maxLength: 3 });
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    side: fc.constantFrom(0 as const, 1 as const),
    op: fc.constantFrom('replace' as const, 'insert' as const, 'backspace' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    span: fc.double({ min: 0, max: 1, noNaN: true }),
    prefix: fragment,
    suffix: fragment,
  }),
  fc.record({ kind: fc.constant('deliver' as const), to: fc.constantFrom(0 as const, 1 as const), pick: fc.array(fc.nat(), { maxLength: 4 }) }),
);

function lossFree(binding: Binding) {
  return fc.property(fragment, fc.array(action, { maxLength: 24 }), (base, actions) => {
    const docs = [new Y.Doc(), new Y.Doc()] as const;
    docs[0].getText('f').insert(0, base);
    Y.applyUpdate(docs[1], Y.encodeStateAsUpdate(docs[0]));
    const replicas: Replica[] = docs.map((doc) => ({ text: doc.getText('f'), inbox: [] }));
    docs.forEach((doc, i) => doc.on('update', (update: Uint8Array) => replicas[1 - i]?.inbox.push(update)));

    let marker = 0x4e00; // every typed run holds one unique character, so it can be found again
    const typed: string[] = [];
    const deletedByOneWhoSawIt = new Set<string>();

    for (const step of actions) {
      if (step.kind === 'deliver') {
        const inbox = replicas[step.to]!.inbox;
        for (const p of step.pick) {
          if (inbox.length === 0) break;
          const [update] = inbox.splice(p % inbox.length, 1);
          Y.applyUpdate(docs[step.to], update!);
        }
        continue;
      }
      const { text } = replicas[step.side]!;
      const before = text.toString();
      const start = Math.floor(step.at * (before.length + 1)) % (before.length + 1);
      let range: InputRange;
      let after: string;
      let inputType: string;
      if (step.op === 'backspace') {
        const from = Math.max(0, start - 1 - Math.floor(step.span * 2));
        range = { start, end: start };
        after = before.slice(0, from) + before.slice(start);
        inputType = 'deleteContentBackward';
      } else {
        const end = step.op === 'replace' ? start + Math.ceil(step.span * (before.length - start)) : start;
        const word = step.prefix + String.fromCharCode(marker++) + step.suffix;
        typed.push(word);
        range = { start, end };
        after = before.slice(0, start) + word + before.slice(end);
        inputType = 'insertText';
      }
      for (const word of typed) if (before.includes(word) && !after.includes(word)) deletedByOneWhoSawIt.add(word);
      const edit = binding(before, after, range, inputType);
      if (edit) applyTextEdits(text, [edit]);
      expect(text.toString()).toBe(after);
    }

    for (const [i, replica] of replicas.entries()) for (const update of replica.inbox.splice(0)) Y.applyUpdate(docs[i as 0 | 1], update);
    const merged = replicas[0]!.text.toString();
    expect(replicas[1]!.text.toString()).toBe(merged);
    for (const word of typed) if (!deletedByOneWhoSawIt.has(word)) expect(merged).toContain(word);
  });
}

describe('two tablets editing one field', () => {
  it('keep every typed run whole, in any order of delivery', () => {
    fc.assert(lossFree(editForInput), { numRuns: 400 });
  });

  it('(the old minimal diff alone does lose letters, so this test can fail)', () => {
    const diffOnly: Binding = (before, after) => editForInput(before, after);
    expect(fc.check(lossFree(diffOnly), { numRuns: 400 }).failed).toBe(true);
  });
});
