import fc from 'fast-check';
import { describe, it } from 'vitest';
import { randomForm } from '../domain/pdfLayout/testing/randomForm.ts';
import { qpdfCheck, readBundledFonts, writeTempPdf } from './testing/pdfTestSupport.ts';
import { renderGesprekPdf } from './renderGesprekPdf.ts';

const fonts = readBundledFonts();

describe('renderGesprekPdf on random forms', () => {
  it('always produces a PDF that qpdf accepts, whatever was typed', async () => {
    await fc.assert(
      fc.asyncProperty(randomForm, async (form) => {
        qpdfCheck(writeTempPdf(await renderGesprekPdf(form, fonts)));
      }),
      { numRuns: 12 },
    );
  });
});
