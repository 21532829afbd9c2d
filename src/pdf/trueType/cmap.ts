import { BinaryWriter, type BinaryReader } from './binary.ts';
import { requireTable, type Tables } from './sfnt.ts';

/** Code point → glyph id, from the font's best Unicode cmap subtable (formats 4 and 12). */
export type CharacterMap = ReadonlyMap<number, number>;

// The order fontkit prefers: full Unicode first, then BMP-only subtables.
const PREFERRED: ReadonlyArray<readonly [platform: number, encoding: number]> = [
  [3, 10],
  [0, 6],
  [0, 4],
  [3, 1],
  [0, 3],
  [0, 2],
  [0, 1],
  [0, 0],
];

export function readCmap(tables: Tables): CharacterMap {
  const cmap = requireTable(tables, 'cmap');
  const subtables = new Map<string, number>();
  for (let i = 0; i < cmap.u16(2); i++) {
    const record = 4 + i * 8;
    subtables.set(`${cmap.u16(record)}/${cmap.u16(record + 2)}`, cmap.u32(record + 4));
  }
  for (const [platform, encoding] of PREFERRED) {
    const offset = subtables.get(`${platform}/${encoding}`);
    if (offset === undefined) continue;
    const format = cmap.u16(offset);
    if (format === 4) return readFormat4(cmap, offset);
    if (format === 12) return readFormat12(cmap, offset);
  }
  throw new Error('font has no Unicode cmap in format 4 or 12');
}

function readFormat4(cmap: BinaryReader, at: number): Map<number, number> {
  const map = new Map<number, number>();
  const segments = cmap.u16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const start = cmap.u16(starts + s * 2);
    const end = cmap.u16(ends + s * 2);
    const delta = cmap.u16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = cmap.u16(rangeOffsetAt);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const raw = cmap.u16(rangeOffsetAt + rangeOffset + (code - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(code, glyph);
    }
  }
  return map;
}

function readFormat12(cmap: BinaryReader, at: number): Map<number, number> {
  const map = new Map<number, number>();
  const groups = cmap.u32(at + 12);
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + g * 12;
    const start = cmap.u32(group);
    const end = cmap.u32(group + 4);
    const glyph = cmap.u32(group + 8);
    for (let code = start; code <= end; code++) if (glyph + code - start !== 0) map.set(code, glyph + code - start);
  }
  return map;
}

/**
 * A cmap for a subset: Windows Unicode BMP (format 4) always, full repertoire (format 12) when a
 * code point lies beyond the BMP. Consecutive code points with consecutive glyphs share a segment.
 */
export function writeCmap(map: CharacterMap): Uint8Array {
  const entries = [...map].filter(([, glyph]) => glyph !== 0).sort((a, b) => a[0] - b[0]);
  const bmp = entries.filter(([code]) => code < 0xffff);
  const full = entries.length > bmp.length ? format12(entries) : undefined;
  const out = new BinaryWriter();
  const subtableCount = full ? 2 : 1;
  const firstOffset = 4 + subtableCount * 8;
  const bmpTable = format4(bmp);
  out.u16(0).u16(subtableCount);
  out.u16(3).u16(1).u32(firstOffset);
  if (full) out.u16(3).u16(10).u32(firstOffset + bmpTable.length);
  out.bytes(bmpTable);
  if (full) out.bytes(full);
  return out.toBytes();
}

function runs(entries: ReadonlyArray<readonly [number, number]>): Array<[start: number, end: number, glyph: number]> {
  const result: Array<[number, number, number]> = [];
  for (const [code, glyph] of entries) {
    const last = result[result.length - 1];
    if (last && code === last[1] + 1 && glyph === last[2] + code - last[0]) last[1] = code;
    else result.push([code, code, glyph]);
  }
  return result;
}

function format4(entries: ReadonlyArray<readonly [number, number]>): Uint8Array {
  // Every segment maps through idDelta alone (idRangeOffset 0), plus the required final 0xFFFF one.
  const segments = [...runs(entries), [0xffff, 0xffff, 0] as [number, number, number]];
  const count = segments.length;
  const entrySelector = Math.floor(Math.log2(count));
  const searchRange = 2 ** entrySelector * 2;
  const out = new BinaryWriter();
  out.u16(4).u16(16 + count * 8).u16(0);
  out.u16(count * 2).u16(searchRange).u16(entrySelector).u16(count * 2 - searchRange);
  for (const [, end] of segments) out.u16(end);
  out.u16(0);
  for (const [start] of segments) out.u16(start);
  for (const [start, , glyph] of segments) out.u16((glyph - start) & 0xffff);
  for (let i = 0; i < count; i++) out.u16(0);
  return out.toBytes();
}

function format12(entries: ReadonlyArray<readonly [number, number]>): Uint8Array {
  const groups = runs(entries);
  const out = new BinaryWriter();
  out.u16(12).u16(0).u32(16 + groups.length * 12).u32(0).u32(groups.length);
  for (const [start, end, glyph] of groups) out.u32(start).u32(end).u32(glyph);
  return out.toBytes();
}

