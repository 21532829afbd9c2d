import type { Measure, ToPrintable } from '../domain/pdfLayout/layoutTypes.ts';
import type { LayoutFonts } from './drawLayout.ts';
import { EmbeddedFont } from './embeddedFont.ts';
import { FontStack, type NamedFont } from './fontStack.ts';
import type { PdfWriter } from './pdfWriter.ts';
import { makeToPrintable } from './printableText.ts';
import { parseTrueType } from './trueType/trueTypeFont.ts';

export interface PdfFontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
  /** Fallback font files (TrueType) for characters DejaVu lacks, in order of preference, per weight. */
  fallbacks?: { regular: readonly Uint8Array[]; bold: readonly Uint8Array[] };
}

export interface EmbeddedFonts {
  /** DejaVu Sans regular and bold. */
  regular: EmbeddedFont;
  bold: EmbeddedFont;
  /** Every font of each weight, DejaVu first, for drawing. */
  text: LayoutFonts;
  /** Real metrics of the embedded fonts, for the layout. */
  measure: Measure;
  /** What these fonts can print (characters none of them has become "?"). */
  toPrintable: ToPrintable;
  /** Writes every font used as a subset (once, after all text is drawn). */
  embed(): void;
}

/**
 * Embeds DejaVu Sans regular and bold, and the fallback fonts, as subsets: only the glyphs used
 * end up in the file, and a fallback font nothing was drawn with is left out.
 */
export function embedPdfFonts(pdf: PdfWriter, bytes: PdfFontBytes): EmbeddedFonts {
  const named: NamedFont[] = [];
  const add = (data: Uint8Array) => {
    const entry = { name: `F${named.length + 1}`, font: new EmbeddedFont(pdf, parseTrueType(data)) };
    named.push(entry);
    return entry;
  };
  const regular = add(bytes.regular);
  const bold = add(bytes.bold);
  const text: LayoutFonts = {
    regular: new FontStack([regular, ...(bytes.fallbacks?.regular ?? []).map(add)]),
    bold: new FontStack([bold, ...(bytes.fallbacks?.bold ?? []).map(add)]),
  };
  return {
    regular: regular.font,
    bold: bold.font,
    text,
    measure: (value, size, isBold) => (isBold ? text.bold : text.regular).measure(value, size),
    toPrintable: makeToPrintable({ regular: (cp) => text.regular.has(cp), bold: (cp) => text.bold.has(cp) }),
    embed: () => {
      for (const { font } of named) if (font.used || font === regular.font || font === bold.font) font.embed();
    },
  };
}
