import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TextField } from './TextField.tsx';
import { selectAll, typeKeys } from './testing/typeLikeABrowser.ts';

const KEY = 'action.a1.doorWie' as const;

function tablet(doc: Y.Doc) {
  const { container } = render(<TextField doc={doc} fieldKey={KEY} label="Door wie?" />, { container: document.body.appendChild(document.createElement('div')) });
  // Two render roots each start useId afresh, so find each tablet's field in its own root.
  const field = container.querySelector('input');
  if (!field) throw new Error('no field');
  return field;
}

describe('TextField bound to a Y.Text', () => {
  it('keeps both replacements whole when two tablets type over "Frank" apart (issue 11)', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getText(KEY).insert(0, 'Frank');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const fieldA = tablet(a);
    const fieldB = tablet(b);
    expect(fieldA.value).toBe('Frank');

    // The server is down: each tablet selects all and types its own name.
    selectAll(fieldA);
    typeKeys(fieldA, 'Fatima (school)');
    selectAll(fieldB);
    typeKeys(fieldB, 'Jeroen (politie)');

    // Back in contact.
    const stateA = Y.encodeStateVector(a);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, stateA));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));

    for (const field of [fieldA, fieldB]) {
      expect(field.value).toContain('Fatima (school)');
      expect(field.value).toContain('Jeroen (politie)');
      expect(field.value).not.toContain('Frank');
    }
    expect(fieldA.value).toBe(fieldB.value);
  });
});
