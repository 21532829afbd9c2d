import type { ToPrintable } from '../domain/pdfLayout/layoutTypes.ts';

export type HasGlyph = (codePoint: number) => boolean;

const INVISIBLE = /[\p{Cc}\p{Cf}\p{M}]/u;

/**
 * Makes text printable with the embedded fonts: NFC first (a decomposed "ễ" becomes the single
 * glyph the font has), then characters without a glyph become "?" (invisible ones — controls,
 * joiners, variation selectors, stray combining marks — are dropped). Only the PDF changes;
 * the document keeps every character as typed.
 */
export function makeToPrintable(fonts: { regular: HasGlyph; bold: HasGlyph }): ToPrintable {
  return (text, bold) => {
    const has = bold ? fonts.bold : fonts.regular;
    let out = '';
    for (const char of text.normalize('NFC')) {
      const codePoint = char.codePointAt(0) ?? 0;
      if (char === '\n' || char === '\r' || char === '\t' || has(codePoint)) out += char;
      else if (!INVISIBLE.test(char)) out += '?';
    }
    return out;
  };
}
