/** Loaded lazily by the UI (`await import('../pdf/index.ts')`), so pdf-lib stays out of the first bundle. */
export { renderGesprekPdf, type PdfFontBytes } from './renderGesprekPdf.ts';
export { loadPdfFonts } from './loadPdfFonts.ts';
