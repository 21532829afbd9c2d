import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormSnapshot } from '../form/formSnapshot.ts';
import { OUTCOMES } from '../flowchart/navigate.ts';
import { EXISTING_AGREEMENTS } from '../guide/existingAgreements.ts';
import { PLACES } from '../guide/places.ts';
import { THEMES } from '../guide/themes.ts';
import { shouldPrintChapter } from './chapterInclusion.ts';
import { freeTextFields } from './expectedFields.ts';
import { findLayoutProblems, monospaceMeasure, placedLines } from './layoutChecks.ts';
import { layoutGesprek } from './layoutGesprek.ts';

const text = fc.oneof(
  fc.constant(''),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: fc.constantFrom('lorem ', 'ipsum\n', 'Łukasz ', 'Nguyễn ', 'Øster ', ' ', '\n', '\t', 'x'.repeat(90)), maxLength: 300 }),
);
const date = fc.constantFrom('', '2026-11-23', '2027-02-28');
const themeRef = fc.constantFrom(...THEMES).map((t) => ({ id: t.id, name: t.name, own: false }));

const form: fc.Arbitrary<FormSnapshot> = fc.record({
  datum: date,
  flow: fc.option(fc.constantFrom(...Object.values(OUTCOMES)), { nil: undefined }).map((outcome) => (outcome ? { steps: [], outcome } : { steps: [] })),
  contacts: fc.record({
    school: fc.record({ naamSchool: text, naam: text, functie: text, telefoon: text, email: text, bereikbaarheid: text }),
    politie: fc.record({ naam: text, functie: text, telefoon: text, email: text, bereikbaarheid: text }),
  }),
  themes: fc.uniqueArray(themeRef, { selector: (t) => t.id, maxLength: 5 }).chain((themes) =>
    fc.tuple(...themes.map((t) => fc.record({ places: fc.subarray(PLACES.map((p) => p.label)), note: text }).map((extra) => ({ ...t, ...extra })))),
  ),
  top3: fc.tuple(...[1, 2, 3].map(() => fc.option(themeRef, { nil: undefined }))),
  agreements: fc.tuple(...[1, 2, 3].map((slot) => fc.record({ slot: fc.constant(slot), preventie: text, reageren: text, afhandelen: text }))),
  incidentEvaluation: fc.record({ tevreden: text, wijzigen: text }),
  gevolgen: fc.record({ checked: fc.subarray(EXISTING_AGREEMENTS.map((a) => a.label)), tekst: text }),
  samenwerking: text,
  actions: fc.array(fc.record({ id: fc.uuid(), actie: text, doorWie: text, wanneer: date, gedaan: fc.boolean() }), { maxLength: 8 }),
  volgendeAfspraak: date,
  persoonlijkeNoot: text,
});

describe('layoutGesprek on random forms', () => {
  it('keeps every box on the page, none overlapping, every printed value whole, pages numbered', () => {
    fc.assert(
      fc.property(form, (snapshot) => {
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
