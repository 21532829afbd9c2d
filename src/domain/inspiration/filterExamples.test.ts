import { describe, expect, it } from 'vitest';
import type { Example } from './example.ts';
import { EXAMPLES } from './examples/index.ts';
import { filterExamples } from './filterExamples.ts';

const sample: Example[] = [
  { id: 'a', text: 'De wijkagent loopt geregeld binnen.', kind: 'afspraak', phase: 'preventie', source: 'leidraad' },
  { id: 'b', text: 'Ouders worden geïnformeerd over kluiscontroles.', kind: 'afspraak', phase: 'fysieke-omgeving', source: 'leidraad-bijlage', themes: ['wapens', 'alcohol-drugs'] },
  { id: 'c', text: 'Bij diefstal blijft iedereen waar hij is.', kind: 'actie', phase: 'reageren', source: 'leidraad-bijlage', themes: ['diefstal'] },
  { id: 'd', text: 'We plannen het volgende gesprek.', kind: 'actie', phase: 'afronden', source: 'almere' },
];
const ids = (examples: Example[]) => examples.map((e) => e.id);

describe('filterExamples', () => {
  it('returns everything without filters', () => {
    expect(filterExamples({})).toHaveLength(EXAMPLES.length);
    expect(ids(filterExamples({}, sample))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters by phase', () => {
    expect(ids(filterExamples({ phases: ['preventie', 'reageren'] }, sample))).toEqual(['a', 'c']);
    for (const example of filterExamples({ phases: ['media'] })) expect(example.phase).toBe('media');
  });

  it('treats phases and kinds as alternatives: a phase or a kind is enough', () => {
    expect(ids(filterExamples({ phases: ['afronden'], kinds: ['actie'] }, sample))).toEqual(['c', 'd']);
    expect(ids(filterExamples({ kinds: ['actie'] }, sample))).toEqual(['c', 'd']);
  });

  it('keeps examples tagged with the theme and untagged ones', () => {
    expect(ids(filterExamples({ themeId: 'diefstal' }, sample))).toEqual(['a', 'c', 'd']);
    expect(ids(filterExamples({ themeId: 'wapens' }, sample))).toEqual(['a', 'b', 'd']);
    // An own theme ("eigen:…") matches no tag, so only the general examples remain.
    expect(ids(filterExamples({ themeId: 'eigen:x1' }, sample))).toEqual(['a', 'd']);
  });

  it('searches case- and diacritics-insensitively', () => {
    expect(ids(filterExamples({ query: 'GEINFORMEERD' }, sample))).toEqual(['b']);
    expect(ids(filterExamples({ query: 'geïnformeerd' }, sample))).toEqual(['b']);
    expect(ids(filterExamples({ query: 'Wijkagent' }, sample))).toEqual(['a']);
  });

  it('requires every word to match, in any order', () => {
    expect(ids(filterExamples({ query: 'binnen wijkagent' }, sample))).toEqual(['a']);
    expect(ids(filterExamples({ query: 'wijkagent diefstal' }, sample))).toEqual([]);
    expect(ids(filterExamples({ query: '   ' }, sample))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('also searches the phase label and the source name', () => {
    expect(ids(filterExamples({ query: 'reageren' }, sample))).toEqual(['c']);
    expect(ids(filterExamples({ query: 'almere' }, sample))).toEqual(['d']);
    expect(ids(filterExamples({ query: 'fysieke omgeving' }, sample))).toEqual(['b']);
  });

  it('combines all filters on the real library', () => {
    const found = filterExamples({ phases: ['aangifte'], themeId: 'seksueel-grensoverschrijdend', query: 'zedenmisdrijf' });
    expect(ids(found)).toEqual(['aan-zedenmisdrijf']);
  });
});
