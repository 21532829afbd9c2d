import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readForm } from './formSnapshot.ts';
import { FOLLOW_UPS_MAP, followUpPointers, followUpsFromOthers, writeFollowUpPointer, type FollowUpPointer } from './followUpPointers.ts';
import { buildFullyFilledGesprek } from './fixtures/fullyFilledGesprek.ts';
import { isReadOnlyForThisVersion } from './meta.ts';

const KEY = 'k'.repeat(42) + 'A';
const pointer = (id: string, tablet: string, createdAt = 1000): FollowUpPointer => ({ id, roomKey: KEY, createdAt, tablet, createdBy: 'school' });

describe('follow-up pointers', () => {
  it('reads back what was written', () => {
    const doc = new Y.Doc();
    writeFollowUpPointer(doc, pointer('nieuwGesprekAAAAAAAAAA', 'tablet-a'));
    expect(followUpPointers(doc)).toEqual([pointer('nieuwGesprekAAAAAAAAAA', 'tablet-a')]);
  });

  it('keeps both follow-ups two tablets made apart, oldest first, and tells whose they are', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    writeFollowUpPointer(a, pointer('vanTabletAAAAAAAAAAAAA', 'tablet-a', 2000));
    writeFollowUpPointer(b, pointer('vanTabletBBBBBBBBBBBBB', 'tablet-b', 1000));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(followUpPointers(a).map((p) => p.id)).toEqual(['vanTabletBBBBBBBBBBBBB', 'vanTabletAAAAAAAAAAAAA']);
    expect(followUpPointers(b)).toEqual(followUpPointers(a));
    expect(followUpsFromOthers(a, 'tablet-a').map((p) => p.id)).toEqual(['vanTabletBBBBBBBBBBBBB']);
    expect(followUpsFromOthers(b, 'tablet-b').map((p) => p.id)).toEqual(['vanTabletAAAAAAAAAAAAA']);
  });

  it('ignores malformed pointers without failing', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<unknown>(FOLLOW_UPS_MAP);
    const good = pointer('goedGesprekAAAAAAAAAAA', 't');
    map.set('geenObject', 'tekst');
    map.set('leeg', null);
    map.set('kortIdAAAA', { ...good, id: 'kortIdAAAA' });
    map.set('andereSleutelAAAAAAAAA', { ...good, id: 'nogEenAnderIdAAAAAAAAA' });
    map.set('slechteSleutelAAAAAAAA', { ...good, id: 'slechteSleutelAAAAAAAA', roomKey: 'te-kort' });
    map.set('geenTijdAAAAAAAAAAAAAA', { ...good, id: 'geenTijdAAAAAAAAAAAAAA', createdAt: 'gisteren' });
    map.set('geenTabletAAAAAAAAAAAA', { ...good, id: 'geenTabletAAAAAAAAAAAA', tablet: '' });
    map.set('goedGesprekAAAAAAAAAAA', { ...good, createdBy: 'iemand' });
    const { createdBy: _unknownRole, ...withoutRole } = good;
    expect(followUpPointers(doc)).toEqual([withoutRole]);
  });

  it('changes nothing the form shows: a vastgesteld gesprek stays vastgesteld and editable', () => {
    const doc = buildFullyFilledGesprek();
    const before = readForm(doc);
    writeFollowUpPointer(doc, pointer('nieuwGesprekAAAAAAAAAA', 'tablet-a'));
    expect(readForm(doc)).toEqual(before);
    expect(isReadOnlyForThisVersion(doc)).toBe(false);
  });
});
