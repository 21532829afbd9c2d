import * as Y from 'yjs';
import { readForm, type FormSnapshot } from '../domain/form/formSnapshot.ts';
import { pdfFileName } from '../domain/pdfLayout/pdfFileName.ts';
import type { MissingCharacters } from '../pdf/fallback/missingCharacters.ts';
import { persistDoc } from '../storage/docPersistence.ts';
import { getGesprek } from '../storage/gesprekList.ts';
import { PDF_WARM_MARK } from './pdfWarmMark.ts';
import type * as PdfRenderer from '../pdf/index.ts';

/** Asked before export when some characters cannot be printed; resolves true to make the PDF anyway. */
export type ConfirmMissing = (missing: MissingCharacters) => Promise<boolean>;

type PdfModule = typeof PdfRenderer;
let pdfModule: Promise<PdfModule> | undefined;

/** pdf-lib and the renderer load only when asked for, never with the app; a failed load may be retried. */
function loadPdfModule(): Promise<PdfModule> {
  pdfModule ??= import('../pdf/index.ts');
  pdfModule.catch(() => {
    pdfModule = undefined;
  });
  return pdfModule;
}

let warmedUp: Promise<void> | undefined;

/**
 * Loads the renderer and its fonts ahead of "PDF maken", parses the fonts and renders one
 * throwaway PDF of an empty form, each step when the page is idle, so the tap only renders. Only
 * when the service worker serves this page: then both come from the tablet's own cache, never a
 * download on a guess. Once per page. A failure is silent here; the tap itself tries again and says so.
 */
export function preparePdfExport(): void {
  if (!navigator.serviceWorker?.controller || warmedUp) return;
  warmedUp = loadPdfModule()
    .then(async (pdf) => {
      await pdf.warmUpRenderer(await pdf.loadPdfFonts(), readForm(new Y.Doc()), whenIdle);
      // For the bench (P7): the first tap from here on only renders.
      performance.mark(PDF_WARM_MARK);
    })
    .catch(() => {
      warmedUp = undefined;
    });
}

/** Set by the first real export: the warm-up then has nothing left to do. */
let exportStarted = false;

/** The next idle moment (Safari has no requestIdleCallback: the next task); false once an export started. */
function whenIdle(): Promise<boolean> {
  return new Promise((resolve) => {
    const go = () => resolve(!exportStarted);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(go);
    else setTimeout(go, 0);
  });
}

/**
 * Renders the form as a PDF file. Undefined when the person chose not to print without the
 * characters `confirmMissing` named.
 */
export async function createPdfFile(snapshot: FormSnapshot, confirmMissing: ConfirmMissing, versionAt = Date.now()): Promise<File | undefined> {
  exportStarted = true;
  const pdf = await loadPdfModule();
  // "Stand van …": the open gesprek as it is now, or a stored one as last changed on this tablet.
  const printed = { ...snapshot, cycle: { ...snapshot.cycle, versionAt } };
  const { fonts, missing } = await pdf.preparePdfFonts(printed, await pdf.loadPdfFonts(), pdf.fetchBytes);
  if (pdf.isAnythingMissing(missing) && !(await confirmMissing(missing))) return undefined;
  const bytes = await pdf.renderGesprekPdf(printed, fonts);
  const name = pdfFileName(snapshot.contactpersonen.school.naamSchool ?? '', snapshot.datum);
  return new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/pdf' });
}

/** The same, from home, for a gesprek that is not open: read its stored document, then let go of it. */
export async function createPdfFileForStoredGesprek(gesprekId: string, confirmMissing: ConfirmMissing): Promise<File | undefined> {
  const doc = new Y.Doc();
  const persistence = persistDoc(gesprekId, doc);
  try {
    const [record] = await Promise.all([getGesprek(gesprekId), persistence.loaded]);
    return await createPdfFile(readForm(doc), confirmMissing, record?.updatedAt);
  } finally {
    await persistence.destroy();
    doc.destroy();
  }
}
