import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildFullyFilledGesprek } from './fixtures/fullyFilledGesprek.ts';
import { flowAnswers, setFlowAnswer } from './flowchartFields.ts';
import { seedFollowUp } from './followUp.ts';
import { isFlowSuggested } from './followUpFields.ts';
import { readForm } from './formSnapshot.ts';

function followUpOf(previous: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  seedFollowUp(doc, readForm(previous), 'vorig-id', '2027-03-15');
  return doc;
}

describe('seedFollowUp', () => {
  it('carries contacts, themes with places, the top 3, every agreement to review and the open actions', () => {
    const before = readForm(buildFullyFilledGesprek());
    const after = readForm(followUpOf(buildFullyFilledGesprek()));
    expect(after.datum).toBe('2027-03-15');
    expect(after.contactpersonen).toEqual(before.contactpersonen);
    const themes = (f: typeof before) => f.themas.map((t) => [t.name, t.places]);
    expect(themes(after)).toEqual(themes(before));
    expect(after.top3.map((t) => t?.name)).toEqual(before.top3.map((t) => t?.name));
    // An own theme in the top 3 points at the new gesprek's own copy of it.
    expect(after.top3[2]?.own).toBe(true);

    expect(after.cycle.previousAgreements.map((a) => [a.theme, a.parts])).toEqual(
      before.afspraken.map((a) => [a.theme?.name, { preventie: a.preventie, reageren: a.reageren, afhandelen: a.afhandelen }]),
    );
    expect(after.cycle.previousAgreements.every((a) => a.nagekomen === undefined && a.note === '')).toBe(true);
    // Chapter 4 starts empty: the old agreements are reviewed in chapter 5, not retyped.
    expect(after.afspraken.every((a) => !a.preventie && !a.reageren && !a.afhandelen)).toBe(true);

    expect(after.acties.map((a) => [a.actie, a.doorWie, a.wanneer, a.gedaan])).toEqual(
      before.acties.filter((a) => !a.gedaan).map((a) => [a.actie, a.doorWie, a.wanneer, false]),
    );
    expect(after.acties.map((a) => a.id)).not.toContain(before.acties[0]?.id);
    expect(after.cycle.predecessor).toEqual({ id: 'vorig-id', datum: '2026-11-23' });
    expect(after.samenwerking).toBe('');
    expect(after.persoonlijkeNoot).toBe('');
    expect(after.cycle.vaststelling.status).toBe('concept');
  });

  it('suggests the flowchart answers, marked until answered', () => {
    const doc = followUpOf(buildFullyFilledGesprek());
    expect(flowAnswers(doc)).toEqual({ kennismaking: 'nee', inzicht: 'ja', afspraken: 'ja' });
    expect(['kennismaking', 'inzicht', 'afspraken', 'nakomen'].map((q) => isFlowSuggested(doc, q as 'inzicht'))).toEqual([true, true, true, false]);
    setFlowAnswer(doc, 'inzicht', 'ja');
    expect(isFlowSuggested(doc, 'inzicht')).toBe(false);
    expect(isFlowSuggested(doc, 'kennismaking')).toBe(true);
  });

  it('suggests only "Eerste kennismaking? Nee" when the previous gesprek chose no themes and made no agreements', () => {
    const doc = followUpOf(new Y.Doc());
    expect(flowAnswers(doc)).toEqual({ kennismaking: 'nee' });
    expect(readForm(doc).cycle.previousAgreements).toEqual([]);
  });

  it('writes everything in one update, so the other tablet never sees half a copy', () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on('update', () => updates++);
    seedFollowUp(doc, readForm(buildFullyFilledGesprek()), 'vorig-id', '2027-03-15');
    expect(updates).toBe(1);
  });
});
