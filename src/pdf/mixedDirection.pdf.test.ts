import { describe, expect, it } from 'vitest';
import { buildFullyFilledGesprek } from '../domain/form/fixtures/fullyFilledGesprek.ts';
import { readForm } from '../domain/form/formSnapshot.ts';
import { pdfToText, readBundledFonts, writeTempPdf } from './testing/pdfTestSupport.ts';
import { renderGesprekPdf } from './renderGesprekPdf.ts';

// Poppler reads glyphs in the order they are drawn and gives a right-to-left word back in logical
// order (between embedding marks) only when it was drawn right to left. So a line read back as
// "Ahmed أحمد" shows both: "Ahmed" drawn left to right, the Arabic right to left.
const EMBEDDING_MARKS = /[\u202a-\u202e]/g;

describe('mixed-direction text in the PDF, read back with pdftotext', () => {
  it('draws a Latin name beside an Arabic one the right way round, in either order', async () => {
    const form = { ...readForm(buildFullyFilledGesprek()), persoonlijkeNoot: 'أحمد Ahmed\nAhmed أحمد\nقال Ahmed اليوم' };
    const path = writeTempPdf(await renderGesprekPdf(form, readBundledFonts()));
    for (const layout of [true, false]) {
      const lines = pdfToText(path, layout)
        .replace(EMBEDDING_MARKS, ' ')
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim());
      const noot = lines.findIndex((line) => line === 'Persoonlijke noot');
      const written = lines.slice(noot + 1).filter((line) => line !== '').slice(0, 3);
      // An Arabic first line is right to left as a whole: "Ahmed" stands left of "أحمد".
      expect(written).toEqual(['Ahmed أحمد', 'Ahmed أحمد', 'اليوم Ahmed قال']);
      expect(lines.join('\n')).not.toContain('demhA');
    }
  });
});
