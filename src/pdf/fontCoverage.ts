import type { PDFFont } from 'pdf-lib';
import type { HasGlyph } from './printableText.ts';

/**
 * Which code points a font can print: it must have the glyph, and fontkit must be able to shape
 * it. Some scripts (Tifinagh in DejaVu) select fontkit's Universal Shaping Engine, which throws
 * "regeneratorRuntime is not defined"; one such letter would otherwise make the whole PDF fail.
 * Each distinct code point is probed once.
 */
export function fontCoverage(font: PDFFont): HasGlyph {
  const glyphs = new Set(font.getCharacterSet());
  const shapes = new Map<number, boolean>();
  return (codePoint) => {
    if (!glyphs.has(codePoint)) return false;
    let ok = shapes.get(codePoint);
    if (ok === undefined) {
      ok = canShape(font, String.fromCodePoint(codePoint));
      shapes.set(codePoint, ok);
    }
    return ok;
  };
}

function canShape(font: PDFFont, char: string): boolean {
  try {
    font.widthOfTextAtSize(char, 10);
    return true;
  } catch {
    return false;
  }
}
