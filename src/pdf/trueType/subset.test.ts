import { describe, expect, it } from 'vitest';
import { readBundledFonts } from '../testing/pdfTestSupport.ts';
import { BinaryReader } from './binary.ts';
import { componentGlyphs } from './glyf.ts';
import { readTables, tableChecksum } from './sfnt.ts';
import { TrueTypeSubset } from './subset.ts';
import { parseTrueType, type TrueTypeFont } from './trueTypeFont.ts';

const fonts = readBundledFonts();
const regular = parseTrueType(fonts.regular);
const glyphOf = (font: TrueTypeFont, char: string) => font.cmap.get(char.codePointAt(0) ?? 0) ?? 0;

function subsetOf(font: TrueTypeFont, text: string) {
  const subset = new TrueTypeSubset(font);
  const ids = new Map<number, number>();
  for (const char of text) ids.set(glyphOf(font, char), subset.include(glyphOf(font, char)));
  const bytes = subset.encode();
  return { bytes, parsed: parseTrueType(bytes), order: subset.glyphIds, ids };
}

/** A glyph's outline with component references replaced by the components' own outlines. */
function resolvedOutline(font: TrueTypeFont, glyphId: number): unknown {
  const bytes = font.outlines.bytes(glyphId);
  const components = componentGlyphs(bytes);
  if (components.length === 0) return [...bytes];
  return { components: components.map((id) => resolvedOutline(font, id)), length: bytes.length };
}

describe('TrueType subset', () => {
  const text = 'Łukasz Nguyễn Øster Çelik Dvořák Ǻ Ελλάδα Москва';

  it('keeps .notdef first and gives each included glyph the next id', () => {
    const { order, ids } = subsetOf(regular, 'ab a');
    expect(order.slice(0, 4)).toEqual([0, glyphOf(regular, 'a'), glyphOf(regular, 'b'), glyphOf(regular, ' ')]);
    expect(ids.get(glyphOf(regular, 'a'))).toBe(1);
    expect(ids.get(glyphOf(regular, ' '))).toBe(3);
  });

  it('reads back with the same widths, side bearings and outlines for every kept glyph', () => {
    const { parsed, order } = subsetOf(regular, text);
    expect(parsed.metrics.numGlyphs).toBe(order.length);
    expect(parsed.metrics.unitsPerEm).toBe(regular.metrics.unitsPerEm);
    expect(parsed.metrics.bbox).toEqual(regular.metrics.bbox);
    expect(parsed.metrics.ascent).toBe(regular.metrics.ascent);
    expect(parsed.postscriptName).toBe('DejaVuSans');
    order.forEach((original, id) => {
      expect(parsed.metrics.advanceWidths[id], `advance of glyph ${original}`).toBe(regular.metrics.advanceWidths[original]);
      expect(parsed.metrics.leftSideBearings[id]).toBe(regular.metrics.leftSideBearings[original]);
      expect(resolvedOutline(parsed, id)).toEqual(resolvedOutline(regular, original));
    });
    // Simple glyphs are copied byte for byte.
    const a = order.indexOf(glyphOf(regular, 'a'));
    expect([...parsed.outlines.bytes(a)]).toEqual([...regular.outlines.bytes(glyphOf(regular, 'a'))]);
  });

  it('maps every kept character in its cmap, and nothing else', () => {
    const { parsed, ids } = subsetOf(regular, text);
    for (const char of text) expect(parsed.cmap.get(char.codePointAt(0) ?? 0), char).toBe(ids.get(glyphOf(regular, char)));
    expect(parsed.cmap.get('x'.codePointAt(0) ?? 0)).toBeUndefined();
    expect(new Set(parsed.cmap.values()).has(0)).toBe(false);
  });

  it('carries the components of composite glyphs, nested ones too (ễ = [ê-accent, e], the accent itself composite)', () => {
    const e = glyphOf(regular, 'ễ');
    const components = componentGlyphs(regular.outlines.bytes(e));
    expect(components.length).toBeGreaterThan(1);
    const nested = components.flatMap((c) => componentGlyphs(regular.outlines.bytes(c)));
    expect(nested.length).toBeGreaterThan(0);
    const { parsed, order } = subsetOf(regular, 'ễǺ');
    for (const original of [...components, ...nested, ...componentGlyphs(regular.outlines.bytes(glyphOf(regular, 'Ǻ')))]) {
      expect(order, `component ${original}`).toContain(original);
    }
    // Components are renumbered to their place in the subset.
    const renumbered = componentGlyphs(parsed.outlines.bytes(1));
    expect(renumbered.map((id) => order[id])).toEqual(components);
    expect(resolvedOutline(parsed, 1)).toEqual(resolvedOutline(regular, e));
  });

  it('has valid table checksums and a head checksum adjustment that makes the file sum to 0xB1B0AFBA', () => {
    const { bytes } = subsetOf(regular, text);
    const reader = new BinaryReader(bytes);
    const tables = readTables(bytes);
    expect([...tables.keys()].sort()).toEqual(['OS/2', 'cmap', 'cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'post', 'prep']);
    for (let i = 0; i < reader.u16(4); i++) {
      const record = 12 + i * 16;
      const tag = reader.tag(record);
      const data = tables.get(tag) ?? new Uint8Array();
      const checked = tag === 'head' ? data.slice() : data;
      if (tag === 'head') new DataView(checked.buffer).setUint32(8, 0);
      expect(reader.u32(record + 4), `checksum of ${tag}`).toBe(tableChecksum(checked));
      expect(reader.u32(record + 8) % 4, `alignment of ${tag}`).toBe(0);
    }
    expect(tableChecksum(bytes)).toBe(0xb1b0afba);
  });

  it('is much smaller than the font', () => {
    const { bytes } = subsetOf(regular, text);
    expect(bytes.length).toBeLessThan(fonts.regular.length / 20);
  });

  it('subsets the bold font as well', () => {
    const bold = parseTrueType(fonts.bold);
    const { parsed, order } = subsetOf(bold, text);
    expect(parsed.postscriptName).toBe('DejaVuSans-Bold');
    order.forEach((original, id) => expect(parsed.metrics.advanceWidths[id]).toBe(bold.metrics.advanceWidths[original]));
  });
});
