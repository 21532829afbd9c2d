import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFullyFilledGesprek } from '../domain/form/fixtures/fullyFilledGesprek.ts';
import { readForm } from '../domain/form/formSnapshot.ts';
import { layoutGesprek } from '../domain/pdfLayout/layoutGesprek.ts';
import type { LayoutOptions } from '../domain/pdfLayout/layoutGesprek.ts';
import { findLayoutProblems } from '../domain/pdfLayout/testing/layoutChecks.ts';
import { randomForm } from '../domain/pdfLayout/testing/randomForm.ts';
import { embedPdfFonts } from './embedPdfFonts.ts';
import { readBundledFonts } from './testing/pdfTestSupport.ts';
import { PdfWriter } from './pdfWriter.ts';

/** The layout invariants again, with DejaVu's real (proportional) widths, exactly as the renderer embeds it. */
function realOptions(): LayoutOptions {
  const { measure, toPrintable } = embedPdfFonts(new PdfWriter(), readBundledFonts());
  return { measure, toPrintable };
}

describe('layout with the real font metrics', () => {
  it('keeps every line of the fully filled form inside its box and the page', () => {
    const layout = layoutGesprek(readForm(buildFullyFilledGesprek()), realOptions());
    expect(findLayoutProblems(layout)).toEqual([]);
  });

  it('holds on random forms too', () => {
    const options = realOptions();
    fc.assert(
      fc.property(randomForm, (form) => {
        expect(findLayoutProblems(layoutGesprek(form, options))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
