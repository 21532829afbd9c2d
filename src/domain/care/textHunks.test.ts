import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyHunks, diffHunks } from './textHunks.ts';

describe('history hunks', () => {
  it('rebuild the newer text exactly from the older one', () => {
    const text = fc.array(fc.constantFrom('de ', 'school ', 'politie', ' ', '\n', 'x', 'één ', '🙂'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, text, (from, to) => {
      expect(applyHunks(from, diffHunks(from, to))).toBe(to);
    }), { numRuns: 300 });
  });

  it('cost the words typed, not the text between two places', () => {
    const base = Array.from({ length: 300 }, (_, i) => `woord${i}`).join(' ');
    const next = base.replace('woord10 ', 'woord10 nieuw ').replace('woord250', 'woord250 ook');
    expect(JSON.stringify(diffHunks(base, next)).length).toBeLessThan(60);
  });

  it('cost the letters typed inside a long word, not the word', () => {
    const word = 'onderwijsondersteuningsprofielbespreking'.repeat(5);
    const base = `De ${word} is gepland.`;
    const next = base.replace('steunings', 'steuxnings').replace('gepland', 'gepland!');
    const hunks = diffHunks(base, next);
    expect(applyHunks(base, hunks)).toBe(next);
    expect(JSON.stringify(hunks).length).toBeLessThan(30);
  });
});
