import { BinaryReader } from '../trueType/binary.ts';
import type { Tables } from '../trueType/sfnt.ts';
import { readClassDef, readCoverage, readU16Array, type ClassDef, type Coverage } from './coverage.ts';

/**
 * The parts of GSUB (glyph substitution) a simple shaper needs: scripts' default language
 * systems, features, and lookups of type 1 (single), 4 (ligature) and 6 format 2 (class-based
 * chaining context), also behind type 7 (extension). Other subtable kinds are kept as
 * `unsupported` and never apply.
 */
export interface Gsub {
  /** Script tag → feature tag → lookup indices (default language system). */
  scripts: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;
  lookups: readonly Lookup[];
}

export interface Lookup {
  flags: number;
  subtables: readonly Subtable[];
}

export interface LookupRecord {
  sequenceIndex: number;
  lookupIndex: number;
}

export interface ChainRule {
  backtrack: readonly number[];
  /** Input classes after the first glyph. */
  input: readonly number[];
  lookahead: readonly number[];
  records: readonly LookupRecord[];
}

export type Subtable =
  | { kind: 'single'; coverage: Coverage; delta: number; substitutes: readonly number[] | undefined }
  | { kind: 'ligature'; coverage: Coverage; sets: ReadonlyArray<ReadonlyArray<{ glyph: number; components: readonly number[] }>> }
  | {
      kind: 'chainClass';
      coverage: Coverage;
      backtrackClasses: ClassDef;
      inputClasses: ClassDef;
      lookaheadClasses: ClassDef;
      ruleSets: ReadonlyArray<readonly ChainRule[]>;
    }
  | { kind: 'unsupported' };

export function readGsub(tables: Tables): Gsub | undefined {
  const bytes = tables.get('GSUB');
  if (!bytes) return undefined;
  const gsub = new BinaryReader(bytes);
  const features = readFeatures(gsub, gsub.u16(6));
  const scripts = new Map<string, Map<string, number[]>>();
  const scriptList = gsub.u16(4);
  for (let i = 0; i < gsub.u16(scriptList); i++) {
    const record = scriptList + 2 + i * 6;
    const script = scriptList + gsub.u16(record + 4);
    const defaultLangSys = gsub.u16(script);
    const byTag = new Map<string, number[]>();
    if (defaultLangSys !== 0) {
      const langSys = script + defaultLangSys;
      // As fontkit: a later feature with the same tag replaces an earlier one.
      for (const index of readU16Array(gsub, langSys + 6, gsub.u16(langSys + 4))) {
        const feature = features[index];
        if (feature) byTag.set(feature.tag, feature.lookups);
      }
    }
    scripts.set(gsub.tag(record), byTag);
  }
  const lookupList = gsub.u16(8);
  const lookups = readU16Array(gsub, lookupList + 2, gsub.u16(lookupList)).map((offset) => readLookup(gsub, lookupList + offset));
  return { scripts, lookups };
}

function readFeatures(gsub: BinaryReader, featureList: number): Array<{ tag: string; lookups: number[] }> {
  return Array.from({ length: gsub.u16(featureList) }, (_, i) => {
    const record = featureList + 2 + i * 6;
    const feature = featureList + gsub.u16(record + 4);
    return { tag: gsub.tag(record), lookups: readU16Array(gsub, feature + 4, gsub.u16(feature + 2)) };
  });
}

function readLookup(gsub: BinaryReader, at: number): Lookup {
  const type = gsub.u16(at);
  const subtables = readU16Array(gsub, at + 6, gsub.u16(at + 4)).map((offset) => {
    let subtableType = type;
    let subtable = at + offset;
    if (type === 7) {
      subtableType = gsub.u16(subtable + 2);
      subtable += gsub.u32(subtable + 4);
    }
    return readSubtable(gsub, subtableType, subtable);
  });
  return { flags: gsub.u16(at + 2), subtables };
}

function readSubtable(gsub: BinaryReader, type: number, at: number): Subtable {
  const format = gsub.u16(at);
  const coverage = () => readCoverage(gsub, at + gsub.u16(at + 2));
  if (type === 1 && format === 1) return { kind: 'single', coverage: coverage(), delta: gsub.i16(at + 4), substitutes: undefined };
  if (type === 1 && format === 2) {
    return { kind: 'single', coverage: coverage(), delta: 0, substitutes: readU16Array(gsub, at + 6, gsub.u16(at + 4)) };
  }
  if (type === 4 && format === 1) {
    const sets = readU16Array(gsub, at + 6, gsub.u16(at + 4)).map((setOffset) => {
      const set = at + setOffset;
      return readU16Array(gsub, set + 2, gsub.u16(set)).map((ligatureOffset) => {
        const ligature = set + ligatureOffset;
        return { glyph: gsub.u16(ligature), components: readU16Array(gsub, ligature + 4, gsub.u16(ligature + 2) - 1) };
      });
    });
    return { kind: 'ligature', coverage: coverage(), sets };
  }
  if (type === 6 && format === 2) return readChainClass(gsub, at, coverage());
  return { kind: 'unsupported' };
}

function readChainClass(gsub: BinaryReader, at: number, coverage: Coverage): Subtable {
  const ruleSets = readU16Array(gsub, at + 12, gsub.u16(at + 10)).map((setOffset) => {
    if (setOffset === 0) return [];
    const set = at + setOffset;
    return readU16Array(gsub, set + 2, gsub.u16(set)).map((ruleOffset) => {
      let p = set + ruleOffset;
      const backtrack = readU16Array(gsub, p + 2, gsub.u16(p));
      p += 2 + backtrack.length * 2;
      const input = readU16Array(gsub, p + 2, gsub.u16(p) - 1);
      p += 2 + input.length * 2;
      const lookahead = readU16Array(gsub, p + 2, gsub.u16(p));
      p += 2 + lookahead.length * 2;
      const records = Array.from({ length: gsub.u16(p) }, (_, i) => ({
        sequenceIndex: gsub.u16(p + 2 + i * 4),
        lookupIndex: gsub.u16(p + 4 + i * 4),
      }));
      return { backtrack, input, lookahead, records };
    });
  });
  return {
    kind: 'chainClass',
    coverage,
    backtrackClasses: classDefAt(gsub, at, gsub.u16(at + 4)),
    inputClasses: classDefAt(gsub, at, gsub.u16(at + 6)),
    lookaheadClasses: classDefAt(gsub, at, gsub.u16(at + 8)),
    ruleSets,
  };
}

/** A ClassDef at an offset from `base`; offset 0 means "no table": every glyph in class 0. */
function classDefAt(table: BinaryReader, base: number, offset: number): ClassDef {
  return offset === 0 ? () => 0 : readClassDef(table, base + offset);
}

/** GDEF glyph classes (1 base, 2 ligature, 3 mark, 4 component), which lookup flags can skip. */
export function readGlyphClasses(tables: Tables): ClassDef {
  const bytes = tables.get('GDEF');
  if (!bytes) return () => 0;
  const gdef = new BinaryReader(bytes);
  return classDefAt(gdef, 0, gdef.u16(4));
}
