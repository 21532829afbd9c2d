import { describe, expect, it } from 'vitest';
import { FIRST_SIGNALS } from './firstSignals.ts';
import { PHASE_CARD_SOURCE, PROBLEM_COLUMNS, SEVERITY_PHASES } from './phaseCard.ts';
import { INFO_PANELS, REFERENCE_TOPICS, referenceTitle } from './topics.ts';

describe('the fasekaartje', () => {
  it('has three phases, each with a response for every column, factors and a border', () => {
    expect(SEVERITY_PHASES.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(PROBLEM_COLUMNS.map((c) => c.label)).toEqual([
      'Schoolproblemen',
      'School- en maatschappelijke problemen',
      'Maatschappelijke problemen',
    ]);
    for (const phase of SEVERITY_PHASES) {
      for (const column of PROBLEM_COLUMNS) expect(phase.responses[column.id].length).toBeGreaterThan(0);
      expect(phase.threatening.length).toBeGreaterThan(2);
      expect(phase.protective.length).toBeGreaterThan(2);
      expect(phase.border.length).toBeGreaterThan(20);
    }
    expect(PHASE_CARD_SOURCE.name).toContain('NJi');
  });

  it('lists the first signals', () => {
    expect(FIRST_SIGNALS.length).toBeGreaterThanOrEqual(10);
    expect(FIRST_SIGNALS).toContain('verzuim');
  });
});

describe('the info panels', () => {
  it('have a title for every topic', () => {
    expect(REFERENCE_TOPICS.map(referenceTitle)).toEqual([
      'Hoe erg is het?',
      'Landelijke afspraken en wetgeving',
      'Informatie-uitwisseling en privacy',
      'Calamiteiten',
      'Cyberpesten',
      'Bronnen en naslagwerk',
    ]);
  });

  it('name their sources, each address a full web link a person can tap', () => {
    for (const panel of Object.values(INFO_PANELS)) {
      expect(panel.sections.length).toBeGreaterThan(0);
      expect(panel.sources.length).toBeGreaterThan(0);
      for (const section of panel.sections) {
        expect((section.paragraphs?.length ?? 0) + (section.bullets?.length ?? 0) + (section.links?.length ?? 0)).toBeGreaterThan(0);
      }
      for (const source of panel.sources) {
        expect(source.name.length).toBeGreaterThan(5);
        if (source.url !== undefined) expect(source.url).toMatch(/^https?:\/\/[\w.-]+\.nl\//);
      }
    }
  });
});
