import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildFullyFilledGesprek } from '../domain/form/fixtures/fullyFilledGesprek.ts';
import { readForm } from '../domain/form/formSnapshot.ts';
import { layoutGesprek } from '../domain/pdfLayout/layoutGesprek.ts';
import type { LayoutOptions } from '../domain/pdfLayout/layoutGesprek.ts';
import { findLayoutProblems } from '../domain/pdfLayout/testing/layoutChecks.ts';
import { randomForm } from '../domain/pdfLayout/testing/randomForm.ts';
import { embedPdfFonts } from './embedPdfFonts.ts';
import { readBundledFonts } from './pdfTestSupport.ts';

/** The layout invariants again, with DejaVu's real (proportional) widths, exactly as the renderer embeds it. */
async function realOptions(): Promise<LayoutOptions> {
  const { measure, toPrintable } = await embedPdfFonts(await PDFDocument.create(), readBundledFonts());
  return { measure, toPrintable };
}

describe('layout with the real font metrics', () => {
  it('keeps every line of the fully filled form inside its box and the page', async () => {
    const layout = layoutGesprek(readForm(buildFullyFilledGesprek()), await realOptions());
    expect(findLayoutProblems(layout)).toEqual([]);
  });

  it('holds on random forms too', async () => {
    const options = await realOptions();
    fc.assert(
      fc.property(randomForm, (form) => {
        expect(findLayoutProblems(layoutGesprek(form, options))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
