import { PDFDocument } from 'pdf-lib';
import type { FormSnapshot } from '../domain/form/formSnapshot.ts';
import { formatDutchDate } from '../domain/format/dutchDate.ts';
import { PDF_SUBTITLE, PDF_TITLE } from '../domain/pdfLayout/headerBlocks.ts';
import { layoutGesprek } from '../domain/pdfLayout/layoutGesprek.ts';
import { drawLayout } from './drawLayout.ts';
import { embedPdfFonts, type PdfFontBytes } from './embedPdfFonts.ts';

export type { PdfFontBytes } from './embedPdfFonts.ts';

const APP_NAME = 'Gesprek school & politie';

/** The completed gesprek as a PDF that reads like the guide's invulformulier. */
export async function renderGesprekPdf(snapshot: FormSnapshot, fonts: PdfFontBytes): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const embedded = await embedPdfFonts(pdf, fonts);
  const layout = layoutGesprek(snapshot, { measure: embedded.measure, toPrintable: embedded.toPrintable });
  drawLayout(pdf, layout, embedded);
  setMetadata(pdf, snapshot);
  return pdf.save();
}

function setMetadata(pdf: PDFDocument, snapshot: FormSnapshot): void {
  const school = snapshot.contacts.school.naamSchool?.trim();
  const date = formatDutchDate(snapshot.datum);
  pdf.setTitle([PDF_SUBTITLE, school, date].filter(Boolean).join(' — '), { showInWindowTitleBar: true });
  pdf.setSubject(PDF_TITLE);
  pdf.setLanguage('nl-NL');
  pdf.setCreator(APP_NAME);
  // pdf-lib would otherwise name itself with a URL.
  pdf.setProducer(APP_NAME);
}
