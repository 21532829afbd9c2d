import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import type { FormSnapshot } from '../domain/form/formSnapshot.ts';
import { formatDutchDate } from '../domain/format/dutchDate.ts';
import { PDF_SUBTITLE } from '../domain/pdfLayout/headerBlocks.ts';
import { layoutGesprek } from '../domain/pdfLayout/layoutGesprek.ts';
import { drawLayout } from './drawLayout.ts';
import { fontCoverage } from './fontCoverage.ts';
import { makeToPrintable } from './printableText.ts';

export interface PdfFontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

const APP_NAME = 'Gesprek school & politie';

/** The completed gesprek as a PDF that reads like the guide's invulformulier. */
export async function renderGesprekPdf(snapshot: FormSnapshot, fonts: PdfFontBytes): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  // Subsets: only the glyphs used are embedded, so any name prints and the file stays small.
  const regular = await pdf.embedFont(fonts.regular, { subset: true });
  const bold = await pdf.embedFont(fonts.bold, { subset: true });

  const layout = layoutGesprek(snapshot, {
    measure: (text, size, isBold) => (isBold ? bold : regular).widthOfTextAtSize(text, size),
    toPrintable: makeToPrintable({ regular: fontCoverage(regular), bold: fontCoverage(bold) }),
  });
  drawLayout(pdf, layout, { regular, bold });
  setMetadata(pdf, snapshot);
  return pdf.save();
}

function setMetadata(pdf: PDFDocument, snapshot: FormSnapshot): void {
  const school = snapshot.contacts.school.naamSchool?.trim();
  const date = formatDutchDate(snapshot.datum);
  pdf.setTitle([PDF_SUBTITLE, school, date].filter(Boolean).join(' — '), { showInWindowTitleBar: true });
  pdf.setSubject('Samen voor een veilige school');
  pdf.setLanguage('nl-NL');
  pdf.setCreator(APP_NAME);
  // pdf-lib would otherwise name itself with a URL.
  pdf.setProducer(APP_NAME);
}
