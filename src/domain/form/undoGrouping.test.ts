import { describe, expect, it } from 'vitest';
import { startsNewUndoStep, type TypingStep } from './undoGrouping.ts';

const field = {};
const other = {};

/** The typing steps of typing `text` key by key at the end of `start`. */
function typing(start: string, text: string, into: object = field): TypingStep[] {
  let before = start;
  return [...text].map((key) => {
    const step = { field: into, edit: { index: before.length, deleteCount: 0, insert: key }, before, at: 0 };
    before += key;
    return step;
  });
}

/** Where typing breaks into undo steps: the text of each step. */
function steps(start: string, text: string): string[] {
  const out: string[] = [];
  let previous: TypingStep | undefined;
  for (const step of typing(start, text)) {
    if (startsNewUndoStep(previous, step)) out.push('');
    out[out.length - 1] += step.edit.insert;
    previous = step;
  }
  return out;
}

describe('undo steps while typing', () => {
  it('are words, each with the spaces and punctuation typed after it', () => {
    expect(steps('', 'Overleg elk kwartaal, op school.')).toEqual(['Overleg ', 'elk ', 'kwartaal, ', 'op ', 'school.']);
  });

  it('start afresh in another field, after a caret jump, a paste or a replaced selection', () => {
    const [a] = typing('ab', 'c');
    expect(startsNewUndoStep(a, typing('abc', 'd', other)[0]!)).toBe(true);
    expect(startsNewUndoStep(a, { field, edit: { index: 0, deleteCount: 0, insert: 'x' }, before: 'abc', at: 0 })).toBe(true);
    expect(startsNewUndoStep(a, { field, edit: { index: 3, deleteCount: 0, insert: 'plak' }, before: 'abc', at: 0 })).toBe(true);
    expect(startsNewUndoStep(a, { field, edit: { index: 0, deleteCount: 3, insert: 'x' }, before: 'abc', at: 0 })).toBe(true);
  });

  it('end at a pause', () => {
    const [a] = typing('ab', 'c');
    const [b] = typing('abc', 'd');
    expect(startsNewUndoStep(a, { ...b!, at: 1000 })).toBe(false);
    expect(startsNewUndoStep(a, { ...b!, at: 2000 })).toBe(true);
  });

  it('group a run of Backspace or Delete, but not typing and deleting together', () => {
    const back1: TypingStep = { field, edit: { index: 4, deleteCount: 1, insert: '' }, before: 'hallo', at: 0 };
    const back2: TypingStep = { field, edit: { index: 3, deleteCount: 1, insert: '' }, before: 'hall', at: 0 };
    const forward: TypingStep = { field, edit: { index: 3, deleteCount: 1, insert: '' }, before: 'hal', at: 0 };
    expect(startsNewUndoStep(back1, back2)).toBe(false);
    expect(startsNewUndoStep(back2, forward)).toBe(false);
    expect(startsNewUndoStep(typing('hall', 'o')[0], back1)).toBe(true);
    expect(startsNewUndoStep(back1, typing('hall', 'x')[0]!)).toBe(true);
  });
});
