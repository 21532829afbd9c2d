import fontkit from '@pdf-lib/fontkit';
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildFullyFilledGesprek } from '../domain/form/fixtures/fullyFilledGesprek.ts';
import { readForm } from '../domain/form/formSnapshot.ts';
import { layoutGesprek } from '../domain/pdfLayout/layoutGesprek.ts';
import type { LayoutOptions } from '../domain/pdfLayout/layoutGesprek.ts';
import { findLayoutProblems } from '../domain/pdfLayout/testing/layoutChecks.ts';
import { randomForm } from '../domain/pdfLayout/testing/randomForm.ts';
import { fontCoverage } from './fontCoverage.ts';
import { readBundledFonts } from './pdfTestSupport.ts';
import { makeToPrintable } from './printableText.ts';

/** The layout invariants again, with DejaVu's real (proportional) widths instead of a monospace stand-in. */
async function realOptions(): Promise<LayoutOptions> {
  const bytes = readBundledFonts();
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(bytes.regular, { subset: true });
  const bold = await pdf.embedFont(bytes.bold, { subset: true });
  return {
    measure: (text, size, isBold) => (isBold ? bold : regular).widthOfTextAtSize(text, size),
    toPrintable: makeToPrintable({ regular: fontCoverage(regular), bold: fontCoverage(bold) }),
  };
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
