import type { ClassDef } from './coverage.ts';
import type { ChainRule, Gsub, LookupRecord, Subtable } from './gsub.ts';

/** A glyph being shaped: its id, the characters it stands for, and the features enabled on it. */
export interface GlyphInfo {
  id: number;
  codePoints: number[];
  features: ReadonlySet<string>;
}

const IGNORE_BASE_GLYPHS = 0x2;
const IGNORE_LIGATURES = 0x4;
const IGNORE_MARKS = 0x8;
const GLYPH_CLASS_BASE = 1;
const GLYPH_CLASS_LIGATURE = 2;
const GLYPH_CLASS_MARK = 3;

/**
 * Applies GSUB lookups the way fontkit's GSUBProcessor does: lookup by lookup in index order,
 * each over the whole glyph run, on the glyphs that have the lookup's feature enabled; glyphs
 * the lookup flags ignore (marks, ligatures, bases per GDEF) are skipped when matching.
 */
export class GsubProcessor {
  /** Per lookup, the glyphs any of its subtables covers: a lookup acts only where one stands. */
  private readonly covered = new Map<number, ReadonlySet<number>>();

  constructor(
    private readonly gsub: Gsub,
    private readonly glyphClass: ClassDef,
  ) {}

  apply(lookups: ReadonlyArray<{ feature: string; index: number }>, glyphs: GlyphInfo[]): void {
    for (const { feature, index } of lookups) {
      const lookup = this.gsub.lookups[index];
      if (!lookup) continue;
      // A subtable starts only at a glyph it covers, so a run without one is left as it is.
      const covered = this.coveredBy(index, lookup.subtables);
      if (!glyphs.some((glyph) => covered.has(glyph.id))) continue;
      for (let i = 0; i >= 0 && i < glyphs.length; i = this.step(glyphs, i, lookup.flags, 1)) {
        const glyph = glyphs[i];
        if (!glyph || !covered.has(glyph.id) || !glyph.features.has(feature)) continue;
        for (const subtable of lookup.subtables) if (this.applySubtable(subtable, glyphs, i, lookup.flags)) break;
      }
    }
  }

  private coveredBy(index: number, subtables: readonly Subtable[]): ReadonlySet<number> {
    let covered = this.covered.get(index);
    if (!covered) {
      covered = new Set(subtables.flatMap((subtable) => (subtable.kind === 'unsupported' ? [] : [...subtable.coverage.glyphs.keys()])));
      this.covered.set(index, covered);
    }
    return covered;
  }

  private ignored(glyph: GlyphInfo, flags: number): boolean {
    if ((flags & (IGNORE_MARKS | IGNORE_LIGATURES | IGNORE_BASE_GLYPHS)) === 0) return false;
    const glyphClass = this.glyphClass(glyph.id);
    return (
      (flags & IGNORE_MARKS && glyphClass === GLYPH_CLASS_MARK) ||
      (flags & IGNORE_LIGATURES && glyphClass === GLYPH_CLASS_LIGATURE) ||
      (flags & IGNORE_BASE_GLYPHS && glyphClass === GLYPH_CLASS_BASE)
    ) as boolean;
  }

  /** The index `count` glyphs away (negative: backwards), skipping ignored glyphs; -1 past either end. */
  private step(glyphs: readonly GlyphInfo[], from: number, flags: number, count: number): number {
    const direction = count < 0 ? -1 : 1;
    let index = from;
    for (let n = Math.abs(count); n > 0; n--) {
      do index += direction;
      while (index >= 0 && index < glyphs.length && this.ignored(glyphs[index] as GlyphInfo, flags));
      if (index < 0 || index >= glyphs.length) return -1;
    }
    return index;
  }

  /** Indices of the glyphs after `from` that match `sequence` one by one, or undefined. */
  private matchForward(
    glyphs: readonly GlyphInfo[],
    from: number,
    flags: number,
    sequence: readonly number[],
    matches: (expected: number, glyph: GlyphInfo) => boolean,
  ): number[] | undefined {
    const indices: number[] = [];
    let index = from;
    for (const expected of sequence) {
      index = this.step(glyphs, index, flags, 1);
      const glyph = glyphs[index];
      if (index < 0 || !glyph || !matches(expected, glyph)) return undefined;
      indices.push(index);
    }
    return indices;
  }

  private applySubtable(subtable: Subtable, glyphs: GlyphInfo[], at: number, flags: number): boolean {
    const glyph = glyphs[at];
    if (!glyph || subtable.kind === 'unsupported') return false;
    const covered = subtable.coverage(glyph.id);
    if (covered < 0) return false;
    switch (subtable.kind) {
      case 'single':
        glyph.id = subtable.substitutes ? (subtable.substitutes[covered] ?? glyph.id) : (glyph.id + subtable.delta) & 0xffff;
        return true;
      case 'ligature':
        for (const ligature of subtable.sets[covered] ?? []) {
          const matched = this.matchForward(glyphs, at, flags, ligature.components, (expected, g) => g.id === expected);
          if (!matched) continue;
          const codePoints = [...glyph.codePoints, ...matched.flatMap((i) => glyphs[i]?.codePoints ?? [])];
          glyphs[at] = { id: ligature.glyph, codePoints, features: glyph.features };
          for (const index of matched.reverse()) glyphs.splice(index, 1);
          return true;
        }
        return false;
      case 'chainClass': {
        const rules = subtable.ruleSets[subtable.inputClasses(glyph.id)] ?? [];
        for (const rule of rules) {
          if (this.chainMatches(rule, subtable, glyphs, at, flags)) {
            this.applyRecords(rule.records, glyphs, at, flags);
            return true;
          }
        }
        return false;
      }
    }
  }

  private chainMatches(rule: ChainRule, classes: { backtrackClasses: ClassDef; inputClasses: ClassDef; lookaheadClasses: ClassDef }, glyphs: GlyphInfo[], at: number, flags: number): boolean {
    const input = this.matchForward(glyphs, at, flags, rule.input, (expected, g) => classes.inputClasses(g.id) === expected);
    if (!input) return false;
    const lastInput = input[input.length - 1] ?? at;
    if (!this.matchForward(glyphs, lastInput, flags, rule.lookahead, (expected, g) => classes.lookaheadClasses(g.id) === expected)) return false;
    // Backtrack classes are listed nearest glyph first.
    let index = at;
    for (const expected of rule.backtrack) {
      index = this.step(glyphs, index, flags, -1);
      const glyph = glyphs[index];
      if (index < 0 || !glyph || classes.backtrackClasses(glyph.id) !== expected) return false;
    }
    return true;
  }

  private applyRecords(records: readonly LookupRecord[], glyphs: GlyphInfo[], at: number, flags: number): void {
    for (const record of records) {
      const index = record.sequenceIndex === 0 ? at : this.step(glyphs, at, flags, record.sequenceIndex);
      const lookup = this.gsub.lookups[record.lookupIndex];
      if (index < 0 || !lookup) continue;
      for (const subtable of lookup.subtables) if (this.applySubtable(subtable, glyphs, index, lookup.flags)) break;
    }
  }
}
