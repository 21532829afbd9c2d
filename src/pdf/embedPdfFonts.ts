import type { Measure, ToPrintable } from '../domain/pdfLayout/layoutTypes.ts';
import type { LayoutFonts } from './drawLayout.ts';
import { EmbeddedFont } from './embeddedFont.ts';
import { fontMeasure } from './fontMeasure.ts';
import type { PdfWriter } from './pdfWriter.ts';
import { makeToPrintable } from './printableText.ts';
import { parseTrueType } from './trueType/trueTypeFont.ts';

export interface PdfFontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface EmbeddedFonts extends LayoutFonts {
  /** Real metrics of the embedded fonts, for the layout. */
  measure: Measure;
  /** What these fonts can print (unknown characters become "?"). */
  toPrintable: ToPrintable;
}

/** Embeds DejaVu Sans regular and bold as subsets: only the glyphs used end up in the file. */
export function embedPdfFonts(pdf: PdfWriter, bytes: PdfFontBytes): EmbeddedFonts {
  const regular = new EmbeddedFont(pdf.context, parseTrueType(bytes.regular));
  const bold = new EmbeddedFont(pdf.context, parseTrueType(bytes.bold));
  const measureRegular = fontMeasure(regular);
  const measureBold = fontMeasure(bold);
  return {
    regular,
    bold,
    measure: (text, size, isBold) => (isBold ? measureBold : measureRegular)(text, size),
    toPrintable: makeToPrintable({ regular: (cp) => regular.has(cp), bold: (cp) => bold.has(cp) }),
  };
}
