import type { TrueTypeFont } from '../trueType/trueTypeFont.ts';
import { joiningForms } from './arabicJoining.ts';
import { visualRuns } from './bidiRuns.ts';
import { isDefaultIgnorable } from './defaultIgnorables.ts';
import { readGlyphClasses, readGsub, type Gsub } from './gsub.ts';
import { GsubProcessor, type GlyphInfo } from './gsubApply.ts';
import { scriptOf } from './scripts.ts';

/** A glyph to draw and the characters it stands for (several for a ligature). */
export interface ShapedGlyph {
  id: number;
  codePoints: readonly number[];
}

// fontkit's default shaping plan with ligatures, kerning and mark positioning switched off:
// what remains that substitutes glyphs. Positioning features do not matter here, since a PDF
// text run advances by the glyphs' own widths.
const DEFAULT_STAGES: ReadonlyArray<readonly string[]> = [['rvrn', 'ccmp', 'locl', 'rlig', 'calt', 'rclt']];
const CURSIVE_FORMS = ['isol', 'fina', 'fin2', 'fin3', 'medi', 'med2', 'init'];
const CURSIVE_STAGES: ReadonlyArray<readonly string[]> = [['rvrn', 'ccmp', 'locl'], ...CURSIVE_FORMS.map((form) => [form]), ['mset', 'rlig', 'calt', 'rclt']];
const CURSIVE_SCRIPTS = new Set(['arab', 'nko ']);
// Indic (Devanagari): the substitutions that form conjuncts, half and below-base forms, in
// HarfBuzz's order, applied to the whole run; there is no syllable reordering (see docs/pdf-fonts.md).
const INDIC_STAGES: ReadonlyArray<readonly string[]> = [
  ['locl', 'ccmp', 'nukt', 'akhn', 'rphf', 'rkrf', 'blwf', 'half', 'pstf', 'vatu', 'cjct'],
  ['pres', 'abvs', 'blws', 'psts', 'haln', 'calt'],
];
const INDIC_SCRIPTS = new Set(['dev2']);
const FALLBACK_SCRIPTS = ['DFLT', 'dflt', 'latn'];
const NO_FEATURES: ReadonlySet<string> = new Set();

interface ShapingPlan {
  globalFeatures: ReadonlySet<string>;
  stageLookups: ReadonlyArray<ReadonlyArray<{ feature: string; index: number }>>;
}

// Reading GSUB and GDEF is a fifth of a render: one shaper per parsed font, kept for the next PDF.
const shapers = new WeakMap<TrueTypeFont, TextShaper>();

/** The font's shaper, made once: a shaper keeps no state between calls. */
export function shaperFor(font: TrueTypeFont): TextShaper {
  let shaper = shapers.get(font);
  if (!shaper) shapers.set(font, (shaper = new TextShaper(font)));
  return shaper;
}

function isVariationSelector(codePoint: number): boolean {
  return (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || (codePoint >= 0xe0100 && codePoint <= 0xe01ef);
}

/**
 * Text → glyphs, one per character except where the font's required substitutions say otherwise
 * (Arabic positional forms and lam-alef ligatures, ccmp compositions). A line is split into runs
 * by the Unicode bidi algorithm and by script, and comes out in visual order, so "أحمد Ahmed"
 * draws "Ahmed" left to right beside the Arabic read right to left. Each run gets what fontkit's
 * layout gave pdf-lib with the same features.
 */
export class TextShaper {
  private readonly gsub: Gsub | undefined;
  private readonly processor: GsubProcessor | undefined;
  private readonly plans = new Map<string, ShapingPlan>();

  constructor(private readonly font: TrueTypeFont) {
    this.gsub = readGsub(font.tables);
    this.processor = this.gsub ? new GsubProcessor(this.gsub, readGlyphClasses(font.tables)) : undefined;
  }

  glyphId(codePoint: number): number {
    return this.font.cmap.get(codePoint) ?? 0;
  }

  /** One line of text → its glyphs from left to right. */
  shape(line: string): ShapedGlyph[] {
    return visualRuns(line).flatMap((run) => this.shapeRun(run.text, run.rtl));
  }

  /** A run of one direction and script; a right-to-left one is reversed into visual order. */
  private shapeRun(text: string, rtl: boolean): ShapedGlyph[] {
    const glyphs = this.mapCharacters(text);
    if (glyphs.length === 0) return glyphs;
    const { tag } = scriptOf(text);
    const cursive = tag !== undefined && CURSIVE_SCRIPTS.has(tag);
    if (this.processor) {
      const { globalFeatures, stageLookups } = this.planFor(tag, cursive);
      const forms = cursive ? joiningForms(glyphs.map((g) => g.codePoints[0] ?? 0)) : [];
      glyphs.forEach((glyph, i) => {
        const form = forms[i];
        glyph.features = form ? new Set([...globalFeatures, form]) : globalFeatures;
      });
      for (const lookups of stageLookups) if (lookups.length > 0) this.processor.apply(lookups, glyphs);
    }
    if (rtl) glyphs.reverse();
    const space = this.glyphId(0x20);
    return glyphs.map(({ id, codePoints }) => (isDefaultIgnorable(codePoints[0] ?? 0) ? { id: space, codePoints: [0x20] } : { id, codePoints }));
  }

  /** The features and, per stage, the lookups in index order for runs of this script; the same for every run. */
  private planFor(tag: string | undefined, cursive: boolean): ShapingPlan {
    const key = tag ?? '';
    let plan = this.plans.get(key);
    if (!plan) {
      const features = this.scriptFeatures(tag);
      const stages = cursive ? CURSIVE_STAGES : tag !== undefined && INDIC_SCRIPTS.has(tag) ? INDIC_STAGES : DEFAULT_STAGES;
      const stageLookups = stages.map((stage) => {
        const lookups = stage.flatMap((feature) => (features?.get(feature) ?? []).map((index) => ({ feature, index })));
        return lookups.sort((a, b) => a.index - b.index);
      });
      plan = { globalFeatures: new Set(stages.flat().filter((f) => !CURSIVE_FORMS.includes(f))), stageLookups };
      this.plans.set(key, plan);
    }
    return plan;
  }

  private scriptFeatures(tag: string | undefined): ReadonlyMap<string, readonly number[]> | undefined {
    const scripts = this.gsub?.scripts;
    if (!scripts) return undefined;
    if (tag !== undefined && scripts.has(tag)) return scripts.get(tag);
    for (const fallback of FALLBACK_SCRIPTS) if (scripts.has(fallback)) return scripts.get(fallback);
    return undefined;
  }

  /**
   * One glyph per character. Variation selectors are dropped, as fontkit does (the font has no
   * variation sequences); the glyph stands for the base character alone.
   */
  private mapCharacters(text: string): GlyphInfo[] {
    const glyphs: GlyphInfo[] = [];
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      if (!isVariationSelector(codePoint)) glyphs.push({ id: this.glyphId(codePoint), codePoints: [codePoint], features: NO_FEATURES });
    }
    return glyphs;
  }
}
