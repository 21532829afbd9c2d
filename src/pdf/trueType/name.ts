import { BinaryWriter } from './binary.ts';
import { requireTable, type Tables } from './sfnt.ts';

export const FAMILY = 1;
export const SUBFAMILY = 2;
const FULL_NAME = 4;
export const POSTSCRIPT_NAME = 6;

/** A name record's text (e.g. the PostScript name, ID 6), from a Windows/Unicode (UTF-16BE) or Macintosh (Roman) record. */
export function readName(tables: Tables, nameId: number): string | undefined {
  if (!tables.has('name')) return undefined;
  const name = requireTable(tables, 'name');
  const count = name.u16(2);
  const strings = name.u16(4);
  let found: string | undefined;
  for (let i = 0; i < count; i++) {
    const record = 6 + i * 12;
    if (name.u16(record + 6) !== nameId) continue;
    const platform = name.u16(record);
    const bytes = name.slice(strings + name.u16(record + 10), name.u16(record + 8));
    if (platform === 3 || platform === 0) return decodeUtf16(bytes);
    if (platform === 1) found ??= String.fromCharCode(...bytes);
  }
  return found;
}

function decodeUtf16(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  return text;
}

/** A minimal name table for a subset: family, subfamily, full name and PostScript name (Windows, en-US). */
export function writeName(names: { family: string; subfamily: string; postscript: string }): Uint8Array {
  const records: Array<[id: number, text: string]> = [
    [FAMILY, names.family],
    [SUBFAMILY, names.subfamily],
    [FULL_NAME, `${names.family} ${names.subfamily}`],
    [POSTSCRIPT_NAME, names.postscript],
  ];
  const out = new BinaryWriter();
  out.u16(0).u16(records.length).u16(6 + records.length * 12);
  let offset = 0;
  for (const [id, text] of records) {
    out.u16(3).u16(1).u16(0x0409).u16(id).u16(text.length * 2).u16(offset);
    offset += text.length * 2;
  }
  for (const [, text] of records) for (let i = 0; i < text.length; i++) out.u16(text.charCodeAt(i));
  return out.toBytes();
}
