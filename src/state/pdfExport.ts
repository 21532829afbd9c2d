import * as Y from 'yjs';
import { readForm, type FormSnapshot } from '../domain/form/formSnapshot.ts';
import { pdfFileName } from '../domain/pdfLayout/pdfFileName.ts';
import { persistDoc } from '../storage/docPersistence.ts';
import { getGesprek } from '../storage/gesprekList.ts';

/** Renders the form as a PDF file; pdf-lib and the font load only now, never with the app. */
export async function createPdfFile(snapshot: FormSnapshot, versionAt = Date.now()): Promise<File> {
  const pdf = await import('../pdf/index.ts');
  // "Stand van …": the open gesprek as it is now, or a stored one as last changed on this tablet.
  const printed = { ...snapshot, cycle: { ...snapshot.cycle, versionAt } };
  const bytes = await pdf.renderGesprekPdf(printed, await pdf.loadPdfFonts());
  const name = pdfFileName(snapshot.contactpersonen.school.naamSchool ?? '', snapshot.datum);
  return new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/pdf' });
}

/** The same, from home, for a gesprek that is not open: read its stored document, then let go of it. */
export async function createPdfFileForStoredGesprek(gesprekId: string): Promise<File> {
  const doc = new Y.Doc();
  const persistence = persistDoc(gesprekId, doc);
  try {
    const [record] = await Promise.all([getGesprek(gesprekId), persistence.loaded]);
    return await createPdfFile(readForm(doc), record?.updatedAt);
  } finally {
    await persistence.destroy();
    doc.destroy();
  }
}
