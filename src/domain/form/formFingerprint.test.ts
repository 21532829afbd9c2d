import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setText } from './fixtures/fullyFilledGesprek.ts';
import { currentFingerprint } from './formSnapshot.ts';

describe('formFingerprint', () => {
  // A fingerprint is stored in the document with each "Akkoord": it is data, like the Yjs keys.
  // If these change, every gesprek vastgesteld before would read as "gewijzigd" after an update.
  // Renaming a FormSnapshot field must leave them as they are (see fingerprintShape in formSnapshot.ts).
  it('stays the same for the same form across versions of the app', () => {
    const doc = new Y.Doc();
    expect(currentFingerprint(doc)).toBe('86e29e53d19957f9');
    setText(doc, 'contact.school.naamSchool', 'Het Baken');
    setText(doc, 'samenwerking', 'Elk kwartaal overleg');
    expect(currentFingerprint(doc)).toBe('b519336a041831d2');
  });
});
