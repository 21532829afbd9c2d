import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setVolgendeAfspraakTijd } from './actieFields.ts';
import { buildFullyFilledGesprek, setText } from './fixtures/fullyFilledGesprek.ts';
import { currentFingerprint, readForm } from './formSnapshot.ts';
import { gesprekSummary } from './summary.ts';
import { confirmSide, withdrawSide } from './vaststelling.ts';

const T1 = Date.UTC(2026, 11, 1, 10, 0);
const T2 = Date.UTC(2026, 11, 1, 10, 5);
const status = (doc: Y.Doc) => readForm(doc).cycle.vaststelling.status;
const agree = (doc: Y.Doc, side: 'school' | 'politie', at: number) => confirmSide(doc, side, { name: side === 'school' ? 'Łukasz' : 'Thi', at, fingerprint: currentFingerprint(doc) });

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
}

describe('vaststelling', () => {
  it('is a concept until both agree, then vastgesteld on the later date, in the list row too', () => {
    const doc = buildFullyFilledGesprek();
    expect(status(doc)).toBe('concept');
    agree(doc, 'school', T1);
    expect(status(doc)).toBe('concept');
    expect(gesprekSummary(doc).vaststelling).toBeUndefined();
    agree(doc, 'politie', T2);
    const v = readForm(doc).cycle.vaststelling;
    expect(v).toMatchObject({ status: 'vastgesteld', agreedAt: T2, school: { name: 'Łukasz', at: T1 }, politie: { name: 'Thi', at: T2 } });
    expect(gesprekSummary(doc)).toMatchObject({ vaststelling: 'vastgesteld', vastgesteldOp: '2026-12-01' });
  });

  it('turns "gewijzigd" on any change to what the form shows, and back when both agree again', () => {
    const doc = buildFullyFilledGesprek();
    agree(doc, 'school', T1);
    agree(doc, 'politie', T2);
    setVolgendeAfspraakTijd(doc, '15:00');
    expect(status(doc)).toBe('gewijzigd');
    expect(gesprekSummary(doc).vaststelling).toBe('gewijzigd');
    // One side agreeing again is not enough: it stays "gewijzigd", not "concept".
    agree(doc, 'school', T2 + 1000);
    expect(status(doc)).toBe('gewijzigd');
    agree(doc, 'politie', T2 + 2000);
    expect(status(doc)).toBe('vastgesteld');
    // Typing and undoing it is no change.
    setText(doc, 'persoonlijkeNoot', 'Iets anders');
    expect(status(doc)).toBe('gewijzigd');
    setText(doc, 'persoonlijkeNoot', 'Prettig gesprek. Volgende keer ook de wijkagent van Øster-Noord uitnodigen.');
    expect(status(doc)).toBe('vastgesteld');
  });

  it('confirming never changes the fingerprint, and a withdrawn Akkoord ends the vaststelling', () => {
    const doc = buildFullyFilledGesprek();
    const before = currentFingerprint(doc);
    agree(doc, 'school', T1);
    agree(doc, 'politie', T2);
    expect(currentFingerprint(doc)).toBe(before);
    withdrawSide(doc, 'politie');
    expect(status(doc)).not.toBe('vastgesteld');
  });

  it('is vastgesteld when the two tablets confirm at the same time, and gewijzigd after a later change', () => {
    const school = buildFullyFilledGesprek();
    const politie = new Y.Doc();
    sync(school, politie);
    agree(school, 'school', T1);
    agree(politie, 'politie', T2);
    sync(school, politie);
    expect([status(school), status(politie)]).toEqual(['vastgesteld', 'vastgesteld']);
    setText(politie, 'samenwerking', 'Elk kwartaal evalueren.');
    sync(school, politie);
    expect([status(school), status(politie)]).toEqual(['gewijzigd', 'gewijzigd']);
  });

  it('is a concept, not "gewijzigd", when the two agreed to different versions and never to one', () => {
    const doc = buildFullyFilledGesprek();
    agree(doc, 'school', T1);
    setText(doc, 'samenwerking', 'Na het akkoord van de school bijgewerkt.');
    agree(doc, 'politie', T2);
    const v = readForm(doc).cycle.vaststelling;
    expect(v.status).toBe('concept');
    expect(v.current).toEqual({ school: false, politie: true });
  });
});
