import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBundledFonts } from '../testing/pdfTestSupport.ts';
import { parseTrueType } from '../trueType/trueTypeFont.ts';
import type { Coverage } from './coverage.ts';
import { readGlyphClasses, readGsub, type Gsub, type Subtable } from './gsub.ts';
import { GsubProcessor, type GlyphInfo } from './gsubApply.ts';

const font = parseTrueType(readBundledFonts().regular);
const gsub = readGsub(font.tables) as Gsub;
const classes = readGlyphClasses(font.tables);

// The same GSUB with every coverage claiming every glyph as a candidate: the processor can skip
// nothing and tries each subtable at each glyph, as it did before it skipped uncovered runs.
const everyGlyph: ReadonlyMap<number, number> = new Map(Array.from({ length: font.metrics.numGlyphs }, (_, id) => [id, 0]));
const widened = (subtable: Subtable): Subtable =>
  subtable.kind === 'unsupported' ? subtable : { ...subtable, coverage: Object.assign((id: number) => subtable.coverage(id), { glyphs: everyGlyph }) as Coverage };
const unskipping = new GsubProcessor({ ...gsub, lookups: gsub.lookups.map((lookup) => ({ ...lookup, subtables: lookup.subtables.map(widened) })) }, classes);
const skipping = new GsubProcessor(gsub, classes);

// Every lookup of every feature the shaper uses, for Latin and Arabic, in index order.
const FEATURES = new Set(['rvrn', 'ccmp', 'locl', 'rlig', 'calt', 'rclt', 'isol', 'fina', 'medi', 'init']);
const lookups = [...gsub.scripts.values()]
  .flatMap((features) => [...features].filter(([tag]) => FEATURES.has(tag)).flatMap(([feature, indices]) => indices.map((index) => ({ feature, index }))))
  .sort((a, b) => a.index - b.index);
const glyphsOf = (codePoints: number[]): GlyphInfo[] => codePoints.map((cp) => ({ id: font.cmap.get(cp) ?? 0, codePoints: [cp], features: FEATURES }));

// Characters DejaVu's substitutions act on (soft-dotted i and j before marks, Arabic joining and
// lam-alef) and plain ones around them.
const CHARACTERS = [...'aijJ lرحبمال', 'ı', 'į', 'і', 'ј', '\u0301', '\u0307', '\u0308', '\u0323', 'إ', 'أ', 'آ'].map((c) => c.codePointAt(0) ?? 0);

describe('GsubProcessor', () => {
  it('substitutes the same glyphs when it skips the runs and glyphs no subtable covers', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 30 }), (codePoints) => {
        const expected = glyphsOf(codePoints);
        const actual = glyphsOf(codePoints);
        unskipping.apply(lookups, expected);
        skipping.apply(lookups, actual);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('still acts where a subtable covers a glyph', () => {
    const glyphs = glyphsOf([...'i\u0301'].map((c) => c.codePointAt(0) ?? 0));
    skipping.apply(lookups, glyphs);
    expect(glyphs[0]?.id).not.toBe(font.cmap.get(0x69));
  });
});
