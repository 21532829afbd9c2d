import fc from 'fast-check';
import type { FormSnapshot } from '../../form/formSnapshot.ts';
import { OUTCOMES } from '../../flowchart/navigate.ts';
import { EXISTING_AGREEMENTS } from '../../guide/existingAgreements.ts';
import { PLACES } from '../../guide/places.ts';
import { THEMES } from '../../guide/themes.ts';
import { randomCycle } from './randomCycle.ts';

const text = fc.oneof(
  fc.constant(''),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: fc.constantFrom('lorem ', 'ipsum\n', 'Łukasz ', 'Nguyễn ', 'Øster ', ' ', '\n', '\t', 'x'.repeat(90)), maxLength: 300 }),
);
const date = fc.constantFrom('', '2026-11-23', '2027-02-28');
const themeRef = fc.constantFrom(...THEMES).map((t) => ({ id: t.id, name: t.name, own: false }));

/** Random form contents (any Unicode, long words, many lines, any route) for property tests. */
export const randomForm: fc.Arbitrary<FormSnapshot> = fc.record({
  datum: date,
  flow: fc.option(fc.constantFrom(...Object.values(OUTCOMES)), { nil: undefined }).map((outcome) => (outcome ? { steps: [], outcome } : { steps: [] })),
  contactpersonen: fc.record({
    school: fc.record({ naamSchool: text, naam: text, functie: text, telefoon: text, email: text, bereikbaarheid: text }),
    politie: fc.record({ naam: text, functie: text, telefoon: text, email: text, bereikbaarheid: text }),
  }),
  themas: fc.uniqueArray(themeRef, { selector: (t) => t.id, maxLength: 5 }).chain((themes) =>
    fc.tuple(...themes.map((t) => fc.record({ places: fc.subarray(PLACES.map((p) => p.label)), note: text }).map((extra) => ({ ...t, ...extra })))),
  ),
  top3: fc.tuple(...[1, 2, 3].map(() => fc.option(themeRef, { nil: undefined }))),
  afspraken: fc.tuple(...[1, 2, 3].map((slot) => fc.record({ slot: fc.constant(slot), preventie: text, reageren: text, afhandelen: text }))),
  otherAgreements: fc.uniqueArray(themeRef, { selector: (t) => t.id, maxLength: 4 }).chain((themes) =>
    fc.tuple(...themes.map((theme) => fc.record({ chosen: fc.boolean(), preventie: text, reageren: text, afhandelen: text }).map((a) => ({ theme, ...a })))),
  ),
  evaluatieIncidenten: fc.record({ incident: text, datum: date, tevreden: text, wijzigen: text }),
  gevolgen: fc.record({ checked: fc.subarray(EXISTING_AGREEMENTS.map((a) => a.label)), tekst: text }),
  samenwerking: text,
  acties: fc.array(fc.record({ id: fc.uuid(), actie: text, doorWie: text, wanneer: date, gedaan: fc.boolean() }), { maxLength: 8 }),
  volgendeAfspraak: date,
  persoonlijkeNoot: text,
  cycle: randomCycle,
});
