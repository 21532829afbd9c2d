import type { FormSnapshot } from '../domain/form/formSnapshot.ts';
import type { PdfFontBytes } from './embedPdfFonts.ts';
import { renderGesprekPdf } from './renderGesprekPdf.ts';
import { shaperFor } from './textLayout/shapeText.ts';
import { parseTrueType } from './trueType/trueTypeFont.ts';

/** Waits until the page has nothing else to do; false when the warm-up should stop (a PDF is being made). */
export type WhenIdle = () => Promise<boolean>;

/**
 * Gets the renderer ready ahead of "PDF maken", one idle slice per step: the fonts parsed and
 * their shapers built (kept per page, docs/performance.md), then one throwaway PDF of `sample`,
 * so the tap finds the renderer's code compiled and hot instead of running it the first time.
 */
export async function warmUpRenderer(fonts: PdfFontBytes, sample: FormSnapshot, whenIdle: WhenIdle): Promise<void> {
  if (!(await whenIdle())) return;
  shaperFor(parseTrueType(fonts.regular));
  if (!(await whenIdle())) return;
  shaperFor(parseTrueType(fonts.bold));
  // A tap meanwhile renders for real: no throwaway PDF in its way.
  if (!(await whenIdle())) return;
  await renderGesprekPdf(sample, fonts);
}
