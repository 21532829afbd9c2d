import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shouldPrintChapter } from './chapterInclusion.ts';
import { freeTextFields } from './testing/expectedFields.ts';
import { findLayoutProblems, monospaceMeasure, placedLines } from './testing/layoutChecks.ts';
import { layoutGesprek } from './layoutGesprek.ts';
import { randomForm } from './testing/randomForm.ts';

describe('layoutGesprek on random forms', () => {
  it('keeps every box on the page, none overlapping, every printed value whole, pages numbered', () => {
    fc.assert(
      fc.property(randomForm, (snapshot) => {
        const layout = layoutGesprek(snapshot, { measure: monospaceMeasure });
        expect(findLayoutProblems(layout)).toEqual([]);
        for (const field of freeTextFields(snapshot)) {
          const printed = field.chapter === 'contacts' || shouldPrintChapter(field.chapter, snapshot);
          if (!printed || field.text.trim() === '') continue;
          expect(placedLines(layout, field.source).join('').replace(/\s+/g, '')).toBe(field.text.replace(/\s+/g, ''));
        }
        const total = layout.pages.length;
        layout.pages.forEach((page, i) => {
          const footer = page.boxes.find((b) => b.kind === 'text' && b.source === 'footer');
          expect(footer?.kind === 'text' && footer.lines[0]?.text).toBe(`Pagina ${i + 1} van ${total}`);
        });
      }),
      { numRuns: 60 },
    );
  });
});
