import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { embedPdfFonts } from './embedPdfFonts.ts';
import { fontMeasure } from './fontMeasure.ts';
import { readBundledFonts } from './pdfTestSupport.ts';

async function embedded() {
  return (await embedPdfFonts(await PDFDocument.create(), readBundledFonts())).regular;
}

describe('fontMeasure', () => {
  it('gives exactly the width the font’s shaper gives (so drawn lines fit their boxes)', async () => {
    const font = await embedded();
    const measure = fontMeasure(font);
    const samples = ['office affiche fijn', 'Łukasz Nguyễn Øster Çelik Dvořák', '“Wanneer?” – 7 december', 'Ελλάδα Москва', 'مرحبا', 'ⴰ'];
    for (const text of samples.slice(0, -1)) expect(measure(text, 10.5)).toBeCloseTo(font.widthOfTextAtSize(text, 10.5), 6);
    const unit = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ffi fl ĳ ŉ Łø ễ ß “”–—…€ 0123456789 .,;:!?()');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        expect(measure(text, 9.5)).toBeCloseTo(font.widthOfTextAtSize(text, 9.5), 6);
      }),
    );
  });
});
