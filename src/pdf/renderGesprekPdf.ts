import type { FormSnapshot } from '../domain/form/formSnapshot.ts';
import { formatDutchDate } from '../domain/format/dutchDate.ts';
import { PDF_SUBTITLE, PDF_TITLE } from '../domain/pdfLayout/headerBlocks.ts';
import { layoutGesprek } from '../domain/pdfLayout/layoutGesprek.ts';
import { drawLayout } from './drawLayout.ts';
import { embedPdfFonts, type PdfFontBytes } from './embedPdfFonts.ts';
import { PdfWriter } from './pdfWriter.ts';
import { StructureTree } from './structureTree.ts';

export type { PdfFontBytes } from './embedPdfFonts.ts';

const APP_NAME = 'Gesprek school & politie';

/** The completed gesprek as a PDF that reads like the guide's invulformulier. */
export async function renderGesprekPdf(snapshot: FormSnapshot, fonts: PdfFontBytes): Promise<Uint8Array> {
  const pdf = new PdfWriter();
  const embedded = embedPdfFonts(pdf, fonts);
  const layout = layoutGesprek(snapshot, { measure: embedded.measure, toPrintable: embedded.toPrintable });
  const tree = new StructureTree(pdf);
  drawLayout(pdf, layout, embedded.text, tree);
  tree.write();
  embedded.embed();
  const school = snapshot.contactpersonen.school.naamSchool?.trim();
  pdf.setMetadata({
    title: [PDF_SUBTITLE, school, formatDutchDate(snapshot.datum)].filter(Boolean).join(' — '),
    subject: PDF_TITLE,
    language: 'nl-NL',
    creator: APP_NAME,
    // Not pdf-lib's name and URL.
    producer: APP_NAME,
  });
  return pdf.save();
}
