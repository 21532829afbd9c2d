import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedPdfFonts } from './embedPdfFonts.ts';
import { fontMeasure } from './fontMeasure.ts';
import { readBundledFonts } from './testing/pdfTestSupport.ts';
import { PdfWriter } from './pdfWriter.ts';

function embedded() {
  return embedPdfFonts(new PdfWriter(), readBundledFonts()).regular;
}

describe('fontMeasure', () => {
  it('gives exactly the width the font’s shaper gives (so drawn lines fit their boxes)', () => {
    const font = embedded();
    const measure = fontMeasure(font);
    const samples = ['office affiche fijn', 'Łukasz Nguyễn Øster Çelik Dvořák', '“Wanneer?” – 7 december', 'Ελλάδα Москва', 'مرحبا', 'ⴰ'];
    for (const text of samples) expect(measure(text, 10.5)).toBeCloseTo(font.widthOfTextAtSize(text, 10.5), 6);
    const unit = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ffi fl ĳ ŉ Łø ễ ß “”–—…€ 0123456789 .,;:!?()');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        expect(measure(text, 9.5)).toBeCloseTo(font.widthOfTextAtSize(text, 9.5), 6);
      }),
    );
  });
});
