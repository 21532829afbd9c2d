import { describe, expect, it } from 'vitest';
import { filterExamples } from './filterExamples.ts';
import { kindsForField, phasesForField, type InspirationFieldKind } from './fieldPhases.ts';

const FIELDS: InspirationFieldKind[] = ['preventie', 'reageren', 'afhandelen', 'evaluatie-incidenten', 'gevolgen', 'samenwerking', 'actie'];

describe('phasesForField', () => {
  it('maps the chapter 4 fields to their phases', () => {
    expect(phasesForField('preventie')).toEqual(['preventie', 'signaleren', 'fysieke-omgeving', 'voorlichting']);
    expect(phasesForField('reageren')).toEqual(['reageren', 'media', 'protocol']);
    expect(phasesForField('afhandelen')).toEqual(['afhandelen', 'aangifte', 'nazorg', 'registratie-informatie']);
  });

  it('maps evaluation fields to evaluatie and the action list to afronden plus every action', () => {
    for (const field of ['evaluatie-incidenten', 'gevolgen', 'samenwerking'] as const) {
      expect(phasesForField(field)).toEqual(['evaluatie']);
      expect(kindsForField(field)).toEqual([]);
    }
    expect(phasesForField('actie')).toEqual(['afronden']);
    expect(kindsForField('actie')).toEqual(['actie']);
  });

  it('offers examples for every field', () => {
    for (const field of FIELDS) {
      expect(filterExamples({ phases: phasesForField(field), kinds: kindsForField(field) }).length, field).toBeGreaterThan(3);
    }
  });
});
