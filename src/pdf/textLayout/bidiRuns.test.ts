import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLeftToRightOnly, visualRuns, visualRunsByBidi } from './bidiRuns.ts';

// Characters the shortcut takes: Latin with marks, digits, punctuation, Greek, Cyrillic,
// Armenian, IPA, Vietnamese, dashes, quotes, €, arrows, and a tab.
const LEFT_TO_RIGHT = [...'aAzZijIJ019 .,;:!?()[]{}<>-_/\\\'"@#%&*+=\t', 'é', 'ß', 'Ł', '\u0301', '\u0307', '\u00ad', 'ɨ', 'ʝ', '˥', 'Ω', 'ά', 'ж', 'ї', 'Ա', 'ֆ', 'ễ', 'ἀ', '–', '—', '“', '”', '‘', '…', '€', '→', '✓', '½', '\u00a0'];
const line = fc.string({ unit: fc.constantFrom(...LEFT_TO_RIGHT), maxLength: 60 });

describe('visualRuns', () => {
  it('gives a left-to-right-only line the same runs as the full bidi algorithm', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(isLeftToRightOnly(text)).toBe(true);
        expect(visualRuns(text)).toEqual(visualRunsByBidi(text));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['Hebrew', 'abc שלום'],
    ['Arabic', 'abc أحمد'],
    ['an Arabic-Indic digit', 'x ٣'],
    ['a right-to-left mark', 'a\u200fb'],
    ['an embedding', 'a\u202bb\u202c'],
    ['an isolate', 'a\u2067b\u2069'],
    ['a character beyond the BMP', 'a😀'],
  ])('leaves a line with %s to the bidi algorithm', (_, text) => {
    expect(isLeftToRightOnly(text)).toBe(false);
    expect(visualRuns(text)).toEqual(visualRunsByBidi(text));
  });
});
