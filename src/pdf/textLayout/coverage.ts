import type { BinaryReader } from '../trueType/binary.ts';

/**
 * OpenType Coverage table: glyph id → coverage index, or -1 when the glyph is not covered; and
 * the covered glyphs, so a lookup can tell at once whether a run holds any glyph it acts on.
 */
export type Coverage = ((glyphId: number) => number) & { readonly glyphs: ReadonlyMap<number, number> };

/** OpenType ClassDef table: glyph id → class (0 when not listed). */
export type ClassDef = (glyphId: number) => number;

export function readCoverage(table: BinaryReader, at: number): Coverage {
  const format = table.u16(at);
  const count = table.u16(at + 2);
  const map = new Map<number, number>();
  if (format === 1) {
    for (let i = 0; i < count; i++) map.set(table.u16(at + 4 + i * 2), i);
  } else if (format === 2) {
    for (let r = 0; r < count; r++) {
      const record = at + 4 + r * 6;
      const start = table.u16(record);
      const startIndex = table.u16(record + 4);
      for (let glyph = start; glyph <= table.u16(record + 2); glyph++) map.set(glyph, startIndex + glyph - start);
    }
  } else {
    throw new Error(`unknown coverage format ${format}`);
  }
  return Object.assign((glyphId: number) => map.get(glyphId) ?? -1, { glyphs: map as ReadonlyMap<number, number> });
}

export function readClassDef(table: BinaryReader, at: number): ClassDef {
  const map = new Map<number, number>();
  const format = table.u16(at);
  if (format === 1) {
    const start = table.u16(at + 2);
    const count = table.u16(at + 4);
    for (let i = 0; i < count; i++) map.set(start + i, table.u16(at + 6 + i * 2));
  } else if (format === 2) {
    const count = table.u16(at + 2);
    for (let r = 0; r < count; r++) {
      const record = at + 4 + r * 6;
      const glyphClass = table.u16(record + 4);
      for (let glyph = table.u16(record); glyph <= table.u16(record + 2); glyph++) map.set(glyph, glyphClass);
    }
  } else {
    throw new Error(`unknown class definition format ${format}`);
  }
  return (glyphId) => map.get(glyphId) ?? 0;
}

/** `count` u16 values starting at `at`. */
export function readU16Array(table: BinaryReader, at: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => table.u16(at + i * 2));
}
