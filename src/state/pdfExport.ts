import * as Y from 'yjs';
import { readForm, type FormSnapshot } from '../domain/form/formSnapshot.ts';
import { pdfFileName } from '../domain/pdfLayout/pdfFileName.ts';
import { persistDoc } from '../storage/docPersistence.ts';

/** Renders the form as a PDF file; pdf-lib and the font load only now, never with the app. */
export async function createPdfFile(snapshot: FormSnapshot): Promise<File> {
  const pdf = await import('../pdf/index.ts');
  const bytes = await pdf.renderGesprekPdf(snapshot, await pdf.loadPdfFonts());
  const name = pdfFileName(snapshot.contacts.school.naamSchool ?? '', snapshot.datum);
  return new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/pdf' });
}

/** The same, from home, for a gesprek that is not open: read its stored document, then let go of it. */
export async function createPdfFileForStoredGesprek(gesprekId: string): Promise<File> {
  const doc = new Y.Doc();
  const persistence = persistDoc(gesprekId, doc);
  try {
    await persistence.loaded;
    return await createPdfFile(readForm(doc));
  } finally {
    await persistence.destroy();
    doc.destroy();
  }
}
