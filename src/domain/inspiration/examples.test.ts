import { describe, expect, it } from 'vitest';
import { THEMES } from '../guide/themes.ts';
import { EXAMPLES } from './examples/index.ts';
import { isSourceId, SOURCE_IDS, SOURCE_NAMES } from './exampleSources.ts';
import { isPhaseId, PHASE_IDS, PHASE_LABELS } from './phases.ts';

const themeIds = new Set(THEMES.map((t) => t.id));

describe('the example library', () => {
  it('has a sensible size', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(80);
  });

  it('gives every example a unique id, non-empty text, a known phase, kind and source', () => {
    const ids = new Set<string>();
    for (const example of EXAMPLES) {
      expect(ids.has(example.id), `duplicate id ${example.id}`).toBe(false);
      ids.add(example.id);
      expect(example.text.trim().length, example.id).toBeGreaterThan(10);
      expect(example.text, example.id).toBe(example.text.trim());
      expect(isPhaseId(example.phase), example.id).toBe(true);
      expect(isSourceId(example.source), example.id).toBe(true);
      expect(['afspraak', 'actie']).toContain(example.kind);
    }
  });

  it('tags only real theme ids, and never with an empty list (omit means all themes)', () => {
    for (const example of EXAMPLES) {
      if (!example.themes) continue;
      expect(example.themes.length, example.id).toBeGreaterThan(0);
      for (const theme of example.themes) expect(themeIds.has(theme), `${example.id}: ${theme}`).toBe(true);
    }
  });

  it('has at least three examples for every phase', () => {
    for (const phase of PHASE_IDS) {
      expect(EXAMPLES.filter((e) => e.phase === phase).length, phase).toBeGreaterThanOrEqual(3);
    }
  });

  it('draws on every source', () => {
    for (const source of SOURCE_IDS) {
      expect(EXAMPLES.some((e) => e.source === source), source).toBe(true);
    }
  });

  it('has a Dutch label for every phase and a name for every source', () => {
    for (const phase of PHASE_IDS) expect(PHASE_LABELS[phase]).toMatch(/^[A-Z]/);
    for (const source of SOURCE_IDS) expect(SOURCE_NAMES[source]).toMatch(/^[A-Z]/);
  });

  it('ends every example with punctuation, so inserted text reads as a sentence', () => {
    for (const example of EXAMPLES) expect(example.text, example.id).toMatch(/[.?!]$/);
  });
});
