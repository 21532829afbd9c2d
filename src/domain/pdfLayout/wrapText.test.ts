import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monospaceMeasure } from './testing/layoutChecks.ts';
import { wrapText } from './wrapText.ts';

// 10 pt monospace: 6 pt per character, so width 60 holds exactly 10 characters.
const wrap = (text: string, width = 60) => wrapText(text, { width, fontSize: 10, bold: false, measure: monospaceMeasure });
const noSpace = (s: string) => s.replace(/\s+/g, '');

describe('wrapText', () => {
  it('wraps at spaces, filling each line greedily', () => {
    expect(wrap('aaa bbb ccc ddd')).toEqual(['aaa bbb', 'ccc ddd']);
  });

  it('keeps explicit newlines and empty lines', () => {
    expect(wrap('een\n\ntwee\r\ndrie')).toEqual(['een', '', 'twee', 'drie']);
  });

  it('collapses runs of spaces and tabs', () => {
    expect(wrap('a  \t b')).toEqual(['a b']);
  });

  it('breaks a word longer than the line between characters', () => {
    expect(wrap('x'.repeat(25))).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('never splits a grapheme (surrogate pairs, combining marks, emoji with skin tone)', () => {
    const word = 'e\u0301👍🏽'.repeat(12);
    for (const line of wrap(word)) {
      expect(line.startsWith('\u0301')).toBe(false);
      expect(line.startsWith('🏽')).toBe(false);
      expect(/[\ud800-\udbff]$/.test(line)).toBe(false);
    }
    expect(wrap(word).join('')).toBe(word);
  });

  it('every line fits and the text survives (property)', () => {
    const unit = fc.constantFrom('a', 'b', 'Ł', 'ễ', ' ', ' ', '\n', '\t', 'woord ', 'x'.repeat(23));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), fc.integer({ min: 12, max: 300 }), (text, width) => {
        const lines = wrap(text, width);
        for (const line of lines) expect(monospaceMeasure(line, 10, false)).toBeLessThanOrEqual(width);
        expect(noSpace(lines.join(''))).toBe(noSpace(text));
        expect(lines.length).toBeGreaterThanOrEqual(text.split('\n').length);
      }),
    );
  });
});
