import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyIfNew } from './applyIfNew.ts';

/** Every update `doc` emits while `change` runs, as Yjs would send it. */
function updatesOf(doc: Y.Doc, change: () => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on('update', collect);
  change();
  doc.off('update', collect);
  return updates;
}

describe('applyIfNew', () => {
  it('says new for an insert, and not for the same insert again', () => {
    const source = new Y.Doc();
    const [insert] = updatesOf(source, () => source.getText('t').insert(0, 'a'));
    const mirror = new Y.Doc();
    expect(applyIfNew(mirror, insert!, 'x')).toBe(true);
    expect(applyIfNew(mirror, insert!, 'x')).toBe(false);
    expect(mirror.getText('t').toString()).toBe('a');
  });

  it('says new for a deletion of something the doc has (a backspace), once', () => {
    const source = new Y.Doc();
    const [insert] = updatesOf(source, () => source.getText('t').insert(0, 'ab'));
    const [backspace] = updatesOf(source, () => source.getText('t').delete(1, 1));
    const mirror = new Y.Doc();
    applyIfNew(mirror, insert!, 'x');
    expect(applyIfNew(mirror, backspace!, 'x')).toBe(true);
    expect(applyIfNew(mirror, backspace!, 'x')).toBe(false);
    expect(mirror.getText('t').toString()).toBe('a');
  });

  it('agrees with the update event Yjs emits, for an update whose dependency is missing', () => {
    const source = new Y.Doc();
    const [first] = updatesOf(source, () => source.getText('t').insert(0, 'a'));
    const [second] = updatesOf(source, () => source.getText('t').insert(1, 'b'));
    const mirror = new Y.Doc();
    const emitted = updatesOf(mirror, () => expect(applyIfNew(mirror, second!, 'x')).toBe(false));
    expect(emitted).toHaveLength(0);
    expect(applyIfNew(mirror, first!, 'x')).toBe(true);
    expect(mirror.getText('t').toString()).toBe('ab');
  });
});
