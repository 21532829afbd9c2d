import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { THEMES } from '../guide/themes.ts';
import { PLACES } from '../guide/places.ts';
import { EXISTING_AGREEMENTS } from '../guide/existingAgreements.ts';
import { FLOW_QUESTIONS } from '../flowchart/questions.ts';
import { addActie, actieIds, actieTextKey, setActieWanneer, setVolgendeAfspraak } from './actieFields.ts';
import { setGevolgChecked } from './checklistFields.ts';
import type { Slot, TextKey } from './fieldKeys.ts';
import { setFlowAnswer } from './flowchartFields.ts';
import { readForm } from './formSnapshot.ts';
import { textField } from './textFields.ts';
import { addOwnTheme, ownThemeNameKey, setPlaceSelected, setThemeSelected, setTop3, OTHER_THEME_ID } from './themeFields.ts';

const FIXED_TEXT_KEYS: TextKey[] = [
  'contact.school.naamSchool', 'contact.school.naam', 'contact.school.telefoon', 'contact.politie.naam',
  'contact.politie.email', 'theme.pesten.note', 'afspraak.1.preventie', 'afspraak.2.reageren',
  'afspraak.3.afhandelen', 'evaluatie.tevreden', 'evaluatie.wijzigen', 'gevolgen.tekst', 'samenwerking',
  'persoonlijkeNoot',
];

/** One user action; text inserts carry a unique marker so a lost keystroke is detectable. */
type Op =
  | { kind: 'type'; key: number; at: number; text: string }
  | { kind: 'theme'; theme: number; on: boolean }
  | { kind: 'place'; theme: number; place: number; on: boolean }
  | { kind: 'top3'; slot: Slot; theme: number }
  | { kind: 'flow'; question: number; ja: boolean }
  | { kind: 'gevolg'; item: number; on: boolean }
  | { kind: 'action'; text: string; date: string }
  | { kind: 'ownTheme'; text: string }
  | { kind: 'next'; date: string };

const date = fc.date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const word = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), key: fc.nat(FIXED_TEXT_KEYS.length - 1), at: fc.nat(), text: word }),
  fc.record({ kind: fc.constant('theme' as const), theme: fc.nat(THEMES.length - 1), on: fc.boolean() }),
  fc.record({ kind: fc.constant('place' as const), theme: fc.nat(THEMES.length - 1), place: fc.nat(PLACES.length - 1), on: fc.boolean() }),
  fc.record({ kind: fc.constant('top3' as const), slot: fc.constantFrom<Slot>(1, 2, 3), theme: fc.nat(THEMES.length - 1) }),
  fc.record({ kind: fc.constant('flow' as const), question: fc.nat(FLOW_QUESTIONS.length - 1), ja: fc.boolean() }),
  fc.record({ kind: fc.constant('gevolg' as const), item: fc.nat(EXISTING_AGREEMENTS.length - 1), on: fc.boolean() }),
  fc.record({ kind: fc.constant('action' as const), text: word, date }),
  fc.record({ kind: fc.constant('ownTheme' as const), text: word }),
  fc.record({ kind: fc.constant('next' as const), date }),
);

/** Applies an op and returns the marker text it typed, if any, so the test can look for it later. */
function apply(doc: Y.Doc, o: Op, marker: string): { key: TextKey; text: string } | undefined {
  switch (o.kind) {
    case 'type': {
      const key = FIXED_TEXT_KEYS[o.key]!;
      const text = textField(doc, key);
      const typed = `${marker}${o.text}⟩`;
      // Insert between earlier markers, never inside one, so each marker stays contiguous.
      const current = text.toString();
      const gaps = [0];
      for (let i = 0; i < current.length; i++) if (current[i] === '⟩') gaps.push(i + 1);
      text.insert(gaps[o.at % gaps.length]!, typed);
      return { key, text: typed };
    }
    case 'theme': return void setThemeSelected(doc, THEMES[o.theme]!.id, o.on);
    case 'place': return void setPlaceSelected(doc, THEMES[o.theme]!.id, PLACES[o.place]!.id, o.on);
    case 'top3': return void setTop3(doc, o.slot, THEMES[o.theme]!.id);
    case 'flow': return void setFlowAnswer(doc, FLOW_QUESTIONS[o.question]!.id, o.ja ? 'ja' : 'nee');
    case 'gevolg': return void setGevolgChecked(doc, EXISTING_AGREEMENTS[o.item]!.id, o.on);
    case 'action': {
      const id = addActie(doc);
      const typed = `${marker}${o.text}⟩`;
      textField(doc, actieTextKey(id, 'actie')).insert(0, typed);
      setActieWanneer(doc, id, o.date);
      return { key: actieTextKey(id, 'actie'), text: typed };
    }
    case 'ownTheme': {
      setThemeSelected(doc, OTHER_THEME_ID, true);
      const id = addOwnTheme(doc);
      const typed = `${marker}${o.text}⟩`;
      textField(doc, ownThemeNameKey(id)).insert(0, typed);
      return { key: ownThemeNameKey(id), text: typed };
    }
    case 'next': return void setVolgendeAfspraak(doc, o.date);
  }
}

describe('two tablets editing every kind of field at once', () => {
  it('end identical with no typed text lost', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), fc.array(op, { maxLength: 25 }), fc.boolean(), (opsA, opsB, midSync) => {
        const a = new Y.Doc();
        const b = new Y.Doc();
        const typed: Array<{ key: TextKey; text: string }> = [];
        const half = Math.floor(opsA.length / 2);
        opsA.slice(0, half).forEach((o, i) => { const t = apply(a, o, `⟨A${i}:`); if (t) typed.push(t); });
        if (midSync) Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
        opsA.slice(half).forEach((o, i) => { const t = apply(a, o, `⟨A${half + i}:`); if (t) typed.push(t); });
        opsB.forEach((o, i) => { const t = apply(b, o, `⟨B${i}:`); if (t) typed.push(t); });

        // Exchange in both directions, each side sending only what the other lacks.
        const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
        const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
        Y.applyUpdate(b, toB);
        Y.applyUpdate(a, toA);

        expect(readForm(b)).toEqual(readForm(a));
        for (const { key, text } of typed) {
          expect(a.getText(key).toString()).toContain(text);
        }
        expect(new Set(actieIds(a))).toEqual(new Set(actieIds(b)));
        expect(actieIds(a).length).toBe(opsA.concat(opsB).filter((o) => o.kind === 'action').length);
      }),
      { numRuns: 300 },
    );
  });
});
