import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';
import type { Measure, ToPrintable } from '../domain/pdfLayout/layoutTypes.ts';
import type { LayoutFonts } from './drawLayout.ts';
import { fontCoverage } from './fontCoverage.ts';
import { EMBED_FEATURES, fontMeasure } from './fontMeasure.ts';
import { makeToPrintable } from './printableText.ts';

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
export async function embedPdfFonts(pdf: PDFDocument, bytes: PdfFontBytes): Promise<EmbeddedFonts> {
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(bytes.regular, { subset: true, features: EMBED_FEATURES });
  const bold = await pdf.embedFont(bytes.bold, { subset: true, features: EMBED_FEATURES });
  const measureRegular = fontMeasure(regular);
  const measureBold = fontMeasure(bold);
  return {
    regular,
    bold,
    measure: (text, size, isBold) => (isBold ? measureBold : measureRegular)(text, size),
    toPrintable: makeToPrintable({ regular: fontCoverage(regular), bold: fontCoverage(bold) }),
  };
}
