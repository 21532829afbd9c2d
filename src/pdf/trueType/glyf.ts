import { BinaryReader } from './binary.ts';
import { requireTable, type Tables } from './sfnt.ts';

/** TrueType outlines: loca locates each glyph in glyf; composite glyphs refer to other glyphs. */
export interface GlyphOutlines {
  /** The glyph's glyf record (empty for glyphs without outline, such as the space). */
  bytes(glyphId: number): Uint8Array;
}

export function readOutlines(tables: Tables, numGlyphs: number, indexToLocFormat: number): GlyphOutlines {
  const loca = requireTable(tables, 'loca');
  const glyf = requireTable(tables, 'glyf');
  const offset = indexToLocFormat === 0 ? (i: number) => loca.u16(i * 2) * 2 : (i: number) => loca.u32(i * 4);
  return {
    bytes(glyphId) {
      if (glyphId < 0 || glyphId >= numGlyphs) throw new RangeError(`no glyph ${glyphId}`);
      const start = offset(glyphId);
      return glyf.slice(start, offset(glyphId + 1) - start);
    },
  };
}

// Composite glyph flags (OpenType spec, 'glyf' table).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** Where each component's glyph index sits in a composite glyph record (none for a simple glyph). */
function componentOffsets(glyph: Uint8Array): number[] {
  if (glyph.length < 10) return [];
  const reader = new BinaryReader(glyph);
  if (reader.i16(0) >= 0) return [];
  const offsets: number[] = [];
  let at = 10;
  for (;;) {
    const flags = reader.u16(at);
    offsets.push(at + 2);
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return offsets;
  }
}

/** The glyph ids a composite glyph is built from. */
export function componentGlyphs(glyph: Uint8Array): number[] {
  const reader = new BinaryReader(glyph);
  return componentOffsets(glyph).map((at) => reader.u16(at));
}

/** A copy of the glyph record with its component references renumbered (simple glyphs unchanged). */
export function renumberComponents(glyph: Uint8Array, newId: (oldId: number) => number): Uint8Array {
  const copy = glyph.slice();
  const view = new DataView(copy.buffer);
  for (const at of componentOffsets(glyph)) view.setUint16(at, newId(view.getUint16(at)));
  return copy;
}
