import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { agreementPartKey, otherAgreementThemes, themeHasAgreements, top3AgreementThemes } from './agreementThemes.ts';
import { setText } from './fixtures/fullyFilledGesprek.ts';
import { readForm } from './formSnapshot.ts';
import { setThemeSelected, setTop3, top3ThemeId } from './themeFields.ts';

function gesprek(themes: string[], top: string[]) {
  const doc = new Y.Doc();
  for (const t of themes) setThemeSelected(doc, t, true);
  top.forEach((t, i) => setTop3(doc, (i + 1) as 1 | 2 | 3, t));
  return doc;
}
const DIEFSTAL = 'Diefstal van bezittingen van leerlingen, personeel of de school';
const names = (list: Array<{ theme?: { name: string } }>) => list.map((a) => a.theme?.name);

describe('chapter 4’s themes', () => {
  it('puts the top 3 first, then every other chosen theme in the guide’s order', () => {
    const doc = gesprek(['pesten', 'diefstal', 'inbraak', 'fraude', 'vernieling'], ['inbraak', 'pesten']);
    expect(names(top3AgreementThemes(doc))).toEqual(['Inbraak in de school', 'Pesten', undefined]);
    expect(names(otherAgreementThemes(doc))).toEqual([DIEFSTAL, 'Vernieling', 'Fraude']);
    expect(readForm(doc).otherAgreements.map((a) => a.theme.name)).toEqual([DIEFSTAL, 'Vernieling', 'Fraude']);
  });

  it('keeps the slot keys for the top 3, so agreements written before still show', () => {
    const doc = gesprek(['pesten'], ['pesten']);
    setText(doc, 'afspraak.1.preventie', 'Gastles in de brugklas');
    const [first] = top3AgreementThemes(doc);
    expect(agreementPartKey(first!.owner, 'preventie')).toBe('afspraak.1.preventie');
    expect(readForm(doc).afspraken[0]).toMatchObject({ slot: 1, preventie: 'Gastles in de brugklas' });
  });

  it('keeps a theme’s agreements in sight after it is unticked, marked as no longer chosen', () => {
    const doc = gesprek(['pesten', 'diefstal'], ['pesten']);
    setText(doc, agreementPartKey({ kind: 'theme', themeId: 'diefstal' }, 'reageren'), 'Kluisjes controleren');
    expect(themeHasAgreements(doc, 'diefstal')).toBe(true);
    setThemeSelected(doc, 'diefstal', false);
    expect(otherAgreementThemes(doc)).toMatchObject([{ theme: { name: DIEFSTAL }, chosen: false }]);
    expect(readForm(doc).otherAgreements[0]).toMatchObject({ chosen: false, reageren: 'Kluisjes controleren' });
  });

  it('marks a top-3 theme that is unticked, and says it still has agreements', () => {
    const doc = gesprek(['pesten', 'fraude'], ['pesten']);
    setText(doc, 'afspraak.1.afhandelen', 'Herstelgesprek');
    setThemeSelected(doc, 'pesten', false);
    expect(top3AgreementThemes(doc)[0]).toMatchObject({ theme: { name: 'Pesten' }, chosen: false });
    expect(themeHasAgreements(doc, 'pesten')).toBe(true);
    expect(themeHasAgreements(doc, 'fraude')).toBe(false);
  });

  it('refuses a theme twice in the top 3', () => {
    const doc = gesprek(['pesten', 'fraude'], ['pesten']);
    expect(setTop3(doc, 2, 'pesten')).toBe(false);
    expect(top3ThemeId(doc, 2)).toBeUndefined();
    expect(setTop3(doc, 1, 'pesten')).toBe(true);
    expect(setTop3(doc, 2, 'fraude')).toBe(true);
  });
});
