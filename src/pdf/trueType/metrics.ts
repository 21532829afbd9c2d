import type { BinaryReader } from './binary.ts';
import { requireTable, type Tables } from './sfnt.ts';

/** The font-wide numbers a PDF font descriptor needs, and every glyph's horizontal metrics. */
export interface FontMetrics {
  unitsPerEm: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  /** hhea ascender and descender (what fontkit reports as ascent/descent). */
  ascent: number;
  descent: number;
  /** OS/2 version 2 and later only. */
  capHeight: number | undefined;
  xHeight: number | undefined;
  italicAngle: number;
  isFixedPitch: boolean;
  italic: boolean;
  familyClass: number;
  numGlyphs: number;
  /** head.indexToLocFormat: 0 = short (u16 offsets / 2), 1 = long (u32 offsets). */
  indexToLocFormat: number;
  advanceWidths: Uint16Array;
  leftSideBearings: Int16Array;
}

const MAC_STYLE_ITALIC = 1 << 1;

export function readMetrics(tables: Tables): FontMetrics {
  const head = requireTable(tables, 'head');
  const hhea = requireTable(tables, 'hhea');
  const maxp = requireTable(tables, 'maxp');
  const post = requireTable(tables, 'post');
  const os2 = tables.has('OS/2') ? requireTable(tables, 'OS/2') : undefined;
  const numGlyphs = maxp.u16(4);
  const os2Version = os2?.u16(0) ?? 0;
  const hasCapHeight = os2 !== undefined && os2Version >= 2 && os2.length >= 90;
  const { advanceWidths, leftSideBearings } = readHmtx(requireTable(tables, 'hmtx'), hhea.u16(34), numGlyphs);
  return {
    unitsPerEm: head.u16(18),
    bbox: { minX: head.i16(36), minY: head.i16(38), maxX: head.i16(40), maxY: head.i16(42) },
    ascent: hhea.i16(4),
    descent: hhea.i16(6),
    capHeight: hasCapHeight ? os2.i16(88) : undefined,
    xHeight: hasCapHeight ? os2.i16(86) : undefined,
    italicAngle: post.fixed(4),
    isFixedPitch: post.u32(12) !== 0,
    italic: (head.u16(44) & MAC_STYLE_ITALIC) !== 0,
    familyClass: os2 ? os2.i16(30) : 0,
    numGlyphs,
    indexToLocFormat: head.i16(50),
    advanceWidths,
    leftSideBearings,
  };
}

function readHmtx(hmtx: BinaryReader, numberOfHMetrics: number, numGlyphs: number) {
  const advanceWidths = new Uint16Array(numGlyphs);
  const leftSideBearings = new Int16Array(numGlyphs);
  let advance = 0;
  for (let gid = 0; gid < numGlyphs; gid++) {
    if (gid < numberOfHMetrics) {
      advance = hmtx.u16(gid * 4);
      leftSideBearings[gid] = hmtx.i16(gid * 4 + 2);
    } else {
      leftSideBearings[gid] = hmtx.i16(numberOfHMetrics * 4 + (gid - numberOfHMetrics) * 2);
    }
    advanceWidths[gid] = advance;
  }
  return { advanceWidths, leftSideBearings };
}
