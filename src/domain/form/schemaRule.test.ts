import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actieIds, addActie, removeActie, setActieWanneer, setActieDoorWie, setVolgendeAfspraakTijd } from './actieFields.ts';
import { setNagekomen } from './followUpFields.ts';
import { setIncidentDate } from './incidentFields.ts';
import { confirmSide, withdrawSide } from './vaststelling.ts';
import { buildFullyFilledGesprek } from './fixtures/fullyFilledGesprek.ts';
import { initializeNewGesprek, isReadOnlyForThisVersion, setGespreksdatum, SCHEMA_VERSION } from './meta.ts';
import { applyTextEdits, readText, textField } from './textFields.ts';
import { isThemeSelected, setThemeSelected, setTop3 } from './themeFields.ts';
import { insertAtCaret } from '../inspiration/insertExample.ts';

function gesprek(): Y.Doc {
  const doc = new Y.Doc();
  initializeNewGesprek(doc, '2026-12-01');
  return doc;
}

describe('read-only is a rule of the data', () => {
  it('a document of this version is writable', () => {
    const doc = gesprek();
    expect(isReadOnlyForThisVersion(doc)).toBe(false);
    expect(setThemeSelected(doc, 'pesten', true)).toBe(true);
    expect(isThemeSelected(doc, 'pesten')).toBe(true);
  });

  it('a higher schemaVersion alone does not lock a gesprek this version can read (crafted peer or backup)', () => {
    const doc = buildFullyFilledGesprek();
    doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 7);
    expect(isReadOnlyForThisVersion(doc)).toBe(false);
    expect(setGespreksdatum(doc, '2026-12-02')).toBe(true);
  });

  it('a higher schemaVersion with data this version does not know locks the document', () => {
    const byType = gesprek();
    byType.transact(() => {
      byType.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1);
      byType.getMap('risicoMatrix').set('pesten', 3);
    });
    expect(isReadOnlyForThisVersion(byType)).toBe(true);

    const byMetaKey = gesprek();
    byMetaKey.transact(() => {
      byMetaKey.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1);
      byMetaKey.getMap('meta').set('taal', 'en');
    });
    expect(isReadOnlyForThisVersion(byMetaKey)).toBe(true);

    // Unknown data without a higher version is simply ignored: the document stays writable.
    const unknownOnly = gesprek();
    unknownOnly.getMap('risicoMatrix').set('pesten', 3);
    expect(isReadOnlyForThisVersion(unknownOnly)).toBe(false);
  });

  it('every accessor refuses to write to a newer document', () => {
    const doc = gesprek();
    const action = addActie(doc);
    textField(doc, 'samenwerking').insert(0, 'Overleg');
    doc.transact(() => {
      doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1);
      doc.getMap('meta').set('nieuwVeld', true);
    });
    const before = Y.encodeStateVector(doc);

    expect(setThemeSelected(doc, 'pesten', true)).toBe(false);
    expect(setTop3(doc, 1, 'pesten')).toBe(false);
    expect(setGespreksdatum(doc, '2030-01-01')).toBe(false);
    expect(setActieWanneer(doc, action, '2030-01-01')).toBe(false);
    expect(removeActie(doc, action)).toBe(false);
    expect(setActieDoorWie(doc, action, 'Politie')).toBe(false);
    expect(setVolgendeAfspraakTijd(doc, '09:30')).toBe(false);
    expect(setIncidentDate(doc, '2030-01-01')).toBe(false);
    expect(setNagekomen(doc, 'a1', 'ja')).toBe(false);
    expect(confirmSide(doc, 'school', { name: 'Fatima', at: 1, fingerprint: 'f' })).toBe(false);
    expect(withdrawSide(doc, 'school')).toBe(false);
    addActie(doc);
    expect(applyTextEdits(textField(doc, 'samenwerking'), [{ index: 0, deleteCount: 7, insert: 'Weg' }])).toBe(false);
    insertAtCaret(textField(doc, 'samenwerking'), 7, 'Een voorbeeld.');

    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(actieIds(doc)).toEqual([action]);
    expect(readText(doc, 'samenwerking')).toBe('Overleg');
  });
});
