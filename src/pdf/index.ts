/** Loaded lazily by the UI (`await import('../pdf/index.ts')`), so pdf-lib stays out of the first bundle. */
export { renderGesprekPdf, type PdfFontBytes } from './renderGesprekPdf.ts';
export { fetchBytes, loadPdfFonts } from './loadPdfFonts.ts';
export { preparePdfFonts } from './preparePdfFonts.ts';
export { isAnythingMissing, type MissingCharacters } from './fallback/missingCharacters.ts';
export { warmUpRenderer } from './warmUpRenderer.ts';
