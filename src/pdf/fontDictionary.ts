import { PDFString, type PDFRef } from './pdfLib.ts';
import type { PdfWriter } from './pdfWriter.ts';
import { toUnicodeCMap } from './toUnicodeCMap.ts';
import type { TrueTypeFont } from './trueType/trueTypeFont.ts';

/** What the PDF shows for a glyph of the subset: its width and the text it stands for. */
export interface SubsetGlyph {
  /** Glyph id in the subset, which is also its CID (CIDToGIDMap Identity). */
  cid: number;
  /** Width in PDF glyph space (1000 units per em). */
  width: number;
  codePoints: readonly number[];
}

export interface FontDictionaryInput {
  font: TrueTypeFont;
  /** The subset font program (TrueType). */
  fontFile: Uint8Array;
  /** The glyphs the text uses, by ascending CID. */
  glyphs: readonly SubsetGlyph[];
  /** Original glyph ids in subset order, which names the subset. */
  subsetGlyphIds: readonly number[];
}

// FontDescriptor flags (PDF 32000-1, 9.8.2).
const FIXED_PITCH = 1 << 0;
const SERIF = 1 << 1;
const SYMBOLIC = 1 << 2;
const SCRIPT = 1 << 3;
const ITALIC = 1 << 6;

/**
 * The font as PDF objects: Type0 font (Identity-H) → CIDFontType2 (CIDToGIDMap Identity, W
 * widths) → FontDescriptor → FontFile2, plus a ToUnicode CMap. The subset's BaseFont carries the
 * six-letter tag readers expect ("ABCDEF+DejaVuSans").
 */
export function writeFontDictionary(pdf: PdfWriter, ref: PDFRef, input: FontDictionaryInput): void {
  const { context } = pdf;
  const { font, fontFile, glyphs } = input;
  const metrics = font.metrics;
  const scale = 1000 / metrics.unitsPerEm;
  const baseFont = `${subsetTag(input.subsetGlyphIds, font.postscriptName)}+${font.postscriptName}`;
  const familyClass = metrics.familyClass >> 8;
  const flags =
    SYMBOLIC |
    (metrics.isFixedPitch ? FIXED_PITCH : 0) |
    (familyClass >= 1 && familyClass <= 7 ? SERIF : 0) |
    (familyClass === 10 ? SCRIPT : 0) |
    (metrics.italic ? ITALIC : 0);
  const { minX, minY, maxX, maxY } = metrics.bbox;
  const fontFileRef = pdf.flateStream(fontFile, { Length1: fontFile.length });
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: baseFont,
      Flags: flags,
      FontBBox: [minX * scale, minY * scale, maxX * scale, maxY * scale],
      ItalicAngle: metrics.italicAngle,
      Ascent: metrics.ascent * scale,
      Descent: metrics.descent * scale,
      CapHeight: (metrics.capHeight || metrics.ascent) * scale,
      XHeight: (metrics.xHeight ?? 0) * scale,
      StemV: 0,
      FontFile2: fontFileRef,
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: baseFont,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      CIDToGIDMap: 'Identity',
      W: widthArray(glyphs),
    }),
  );
  const toUnicode = pdf.flateStream(toUnicodeCMap(glyphs));
  context.assign(
    ref,
    context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: baseFont, Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: toUnicode }),
  );
}

/** W array: runs of consecutive CIDs as `first [w1 w2 …]`. */
function widthArray(glyphs: readonly SubsetGlyph[]): Array<number | number[]> {
  const result: Array<number | number[]> = [];
  let run: number[] = [];
  let previous = -2;
  for (const { cid, width } of glyphs) {
    if (cid !== previous + 1) {
      run = [];
      result.push(cid, run);
    }
    run.push(width);
    previous = cid;
  }
  return result;
}

/** Six uppercase letters from a hash of the subset's glyphs and font, so different subsets get different tags. */
function subsetTag(glyphIds: readonly number[], name: string): string {
  let hash = 0x811c9dc5;
  const mix = (value: number) => {
    hash = Math.imul(hash ^ value, 0x01000193) >>> 0;
  };
  for (const char of name) mix(char.charCodeAt(0));
  for (const id of glyphIds) mix(id);
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26);
  }
  return tag;
}
