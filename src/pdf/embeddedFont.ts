import { shaperFor, type TextShaper } from './textLayout/shapeText.ts';
import { PDFHexString, type PDFRef } from './pdfLib.ts';
import type { PdfWriter } from './pdfWriter.ts';
import { writeFontDictionary, type SubsetGlyph } from './fontDictionary.ts';
import { textWidth } from './textWidth.ts';
import { TrueTypeSubset } from './trueType/subset.ts';
import type { TrueTypeFont } from './trueType/trueTypeFont.ts';

/**
 * A TrueType font as a PDF Type 0 font with Identity-H encoding: text becomes two-byte glyph ids
 * of a subset that only keeps the glyphs drawn. Written into the document by `embed`, after all
 * text has been encoded.
 */
export class EmbeddedFont {
  readonly ref: PDFRef;
  private readonly shaper: TextShaper;
  private readonly subset: TrueTypeSubset;
  private readonly usedGlyphs = new Map<number, SubsetGlyph>();
  private readonly scale: number;

  constructor(
    private readonly pdf: PdfWriter,
    readonly font: TrueTypeFont,
  ) {
    this.ref = pdf.context.nextRef();
    this.shaper = shaperFor(font);
    this.subset = new TrueTypeSubset(font);
    this.scale = 1000 / font.metrics.unitsPerEm;
  }

  /** Whether any text was drawn with this font. */
  get used(): boolean {
    return this.usedGlyphs.size > 0;
  }

  /** Whether the font has a glyph for the character. */
  has(codePoint: number): boolean {
    return this.font.cmap.has(codePoint);
  }

  /** Same arithmetic as pdf-lib's, so layouts measure to the same points as before. */
  widthOfTextAtSize(text: string, size: number): number {
    return textWidth(this.font, text, size);
  }

  /** The text as a hex string of subset glyph ids, for the Tj operator. */
  encodeText(text: string): PDFHexString {
    let hex = '';
    for (const glyph of this.shaper.shape(text)) {
      const cid = this.subset.include(glyph.id);
      // The first characters a glyph was drawn for are what copying the text gives back.
      if (!this.usedGlyphs.has(cid)) {
        this.usedGlyphs.set(cid, { cid, width: (this.font.metrics.advanceWidths[glyph.id] ?? 0) * this.scale, codePoints: glyph.codePoints });
      }
      hex += cid.toString(16).padStart(4, '0');
    }
    return PDFHexString.of(hex);
  }

  /** Writes the subset and its dictionaries to the document (once, at the end). */
  embed(): void {
    const fontFile = this.subset.encode();
    writeFontDictionary(this.pdf, this.ref, {
      font: this.font,
      fontFile,
      glyphs: [...this.usedGlyphs.values()].sort((a, b) => a.cid - b.cid),
      subsetGlyphIds: this.subset.glyphIds,
    });
  }
}
