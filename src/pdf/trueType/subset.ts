import { BinaryWriter } from './binary.ts';
import { writeCmap } from './cmap.ts';
import { componentGlyphs, renumberComponents } from './glyf.ts';
import { writeName } from './name.ts';
import { writeTables } from './sfnt.ts';
import type { TrueTypeFont } from './trueTypeFont.ts';

// Tables copied as they are: hinting programs the glyphs' instructions call, and OS/2.
const COPIED = ['cvt ', 'fpgm', 'prep', 'OS/2'] as const;

/**
 * A subset of a TrueType font: glyph 0 (.notdef) first, then the glyphs in the order they were
 * included, then any components of composite glyphs. Only outlines and metrics of kept glyphs
 * end up in the file.
 */
export class TrueTypeSubset {
  private readonly newIds = new Map<number, number>([[0, 0]]);
  private readonly order: number[] = [0];

  constructor(private readonly font: TrueTypeFont) {}

  /** The glyph's id in the subset, included on first use. */
  include(glyphId: number): number {
    let id = this.newIds.get(glyphId);
    if (id === undefined) {
      if (glyphId < 0 || glyphId >= this.font.metrics.numGlyphs) throw new RangeError(`no glyph ${glyphId}`);
      id = this.order.length;
      this.order.push(glyphId);
      this.newIds.set(glyphId, id);
    }
    return id;
  }

  /** Original glyph ids, in subset order (after `encode`, components included). */
  get glyphIds(): readonly number[] {
    return this.order;
  }

  encode(): Uint8Array {
    const { font } = this;
    for (let i = 0; i < this.order.length; i++) {
      for (const component of componentGlyphs(font.outlines.bytes(this.order[i] ?? 0))) this.include(component);
    }
    const newId = (old: number) => this.newIds.get(old) ?? 0;
    const glyf = new BinaryWriter();
    const offsets: number[] = [];
    for (const old of this.order) {
      offsets.push(glyf.length);
      glyf.bytes(renumberComponents(font.outlines.bytes(old), newId)).pad(4);
    }
    offsets.push(glyf.length);
    const shortLoca = glyf.length < 0x20000;
    const loca = new BinaryWriter();
    for (const offset of offsets) if (shortLoca) loca.u16(offset / 2);
    else loca.u32(offset);

    const hmtx = new BinaryWriter();
    for (const old of this.order) hmtx.u16(font.metrics.advanceWidths[old] ?? 0).i16(font.metrics.leftSideBearings[old] ?? 0);

    const cmap = new Map<number, number>();
    for (const [codePoint, glyph] of font.cmap) {
      const id = this.newIds.get(glyph);
      if (id !== undefined && id !== 0) cmap.set(codePoint, id);
    }

    const tables = new Map<string, Uint8Array>([
      ['head', patched(font, 'head', (view) => view.setInt16(50, shortLoca ? 0 : 1))],
      ['hhea', patched(font, 'hhea', (view) => view.setUint16(34, this.order.length))],
      ['maxp', patched(font, 'maxp', (view) => view.setUint16(4, this.order.length))],
      ['post', postVersion3(font)],
      ['name', writeName({ family: font.familyName, subfamily: font.subfamilyName, postscript: font.postscriptName })],
      ['cmap', writeCmap(cmap)],
      ['glyf', glyf.toBytes()],
      ['loca', loca.toBytes()],
      ['hmtx', hmtx.toBytes()],
    ]);
    for (const tag of COPIED) {
      const table = font.tables.get(tag);
      if (table) tables.set(tag, table);
    }
    return writeTables(tables);
  }
}

function patched(font: TrueTypeFont, tag: string, patch: (view: DataView) => void): Uint8Array {
  const copy = (font.tables.get(tag) ?? new Uint8Array()).slice();
  patch(new DataView(copy.buffer));
  return copy;
}

/** post version 3: italic angle, underline and fixed-pitch flag, no glyph names. */
function postVersion3(font: TrueTypeFont): Uint8Array {
  const header = (font.tables.get('post') ?? new Uint8Array(32)).slice(0, 32);
  new DataView(header.buffer).setUint32(0, 0x00030000);
  return header;
}
