import { BinaryReader, BinaryWriter } from './binary.ts';

/** The sfnt container: a directory of tagged tables, each with a checksum. */

const TRUETYPE_VERSIONS = new Set([0x00010000, 0x74727565 /* 'true' */]);

export type Tables = ReadonlyMap<string, Uint8Array>;

/** The tables of a TrueType font (glyf outlines); OpenType/CFF and collections are refused. */
export function readTables(bytes: Uint8Array): Tables {
  const reader = new BinaryReader(bytes);
  const version = reader.u32(0);
  if (!TRUETYPE_VERSIONS.has(version)) throw new Error(`not a TrueType font (sfnt version 0x${version.toString(16)})`);
  const count = reader.u16(4);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    tables.set(reader.tag(record), reader.slice(reader.u32(record + 8), reader.u32(record + 12)));
  }
  return tables;
}

export function requireTable(tables: Tables, tag: string): BinaryReader {
  const table = tables.get(tag);
  if (!table) throw new Error(`font has no '${tag}' table`);
  return new BinaryReader(table);
}

/** Sum of the table as big-endian u32 words, zero-padded to a multiple of 4 bytes. */
export function tableChecksum(data: Uint8Array): number {
  let sum = 0;
  const whole = data.length - (data.length % 4);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let i = 0; i < whole; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  if (whole < data.length) {
    let last = 0;
    for (let i = 0; i < 4; i++) last = (last << 8) | (data[whole + i] ?? 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

const HEAD_CHECKSUM_ADJUSTMENT = 8;
const CHECKSUM_MAGIC = 0xb1b0afba;

/**
 * A complete font file: directory sorted by tag, tables 4-byte aligned, every checksum set and
 * head.checkSumAdjustment making the whole file sum to 0xB1B0AFBA.
 */
export function writeTables(tables: Tables): Uint8Array {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  const entrySelector = Math.floor(Math.log2(count));
  const searchRange = 2 ** entrySelector * 16;
  const out = new BinaryWriter();
  out.u32(0x00010000).u16(count).u16(searchRange).u16(entrySelector).u16(count * 16 - searchRange);
  let offset = 12 + count * 16;
  const placed: Array<{ data: Uint8Array; offset: number }> = [];
  for (const tag of tags) {
    const data = tables.get(tag) ?? new Uint8Array();
    const checked = tag === 'head' ? withZeroAdjustment(data) : data;
    for (let i = 0; i < 4; i++) out.u8(tag.charCodeAt(i));
    out.u32(tableChecksum(checked)).u32(offset).u32(data.length);
    placed.push({ data: checked, offset });
    offset += Math.ceil(data.length / 4) * 4;
  }
  let headOffset = -1;
  for (const [i, { data, offset: at }] of placed.entries()) {
    if (tags[i] === 'head') headOffset = at;
    out.bytes(data).pad(4);
  }
  if (headOffset >= 0) out.setU32(headOffset + HEAD_CHECKSUM_ADJUSTMENT, (CHECKSUM_MAGIC - tableChecksum(out.toBytes())) >>> 0);
  return out.toBytes();
}

function withZeroAdjustment(head: Uint8Array): Uint8Array {
  const copy = head.slice();
  new DataView(copy.buffer).setUint32(HEAD_CHECKSUM_ADJUSTMENT, 0);
  return copy;
}
