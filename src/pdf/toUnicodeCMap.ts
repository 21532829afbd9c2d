const hex4 = (value: number) => value.toString(16).padStart(4, '0');

function utf16Hex(codePoints: readonly number[]): string {
  let out = '';
  for (const codePoint of codePoints) {
    if (codePoint < 0x10000) out += hex4(codePoint);
    else {
      const offset = codePoint - 0x10000;
      out += hex4(0xd800 + (offset >> 10)) + hex4(0xdc00 + (offset & 0x3ff));
    }
  }
  return out;
}

// The PDF specification allows at most 100 mappings per beginbfchar block.
const BLOCK = 100;

/** A ToUnicode CMap mapping two-byte codes (CIDs) to the text they stand for, so text can be copied and searched. */
export function toUnicodeCMap(glyphs: ReadonlyArray<{ cid: number; codePoints: readonly number[] }>): string {
  const mapped = glyphs.filter((glyph) => glyph.codePoints.length > 0);
  const blocks: string[] = [];
  for (let i = 0; i < mapped.length; i += BLOCK) {
    const block = mapped.slice(i, i + BLOCK);
    blocks.push(`${block.length} beginbfchar\n${block.map((g) => `<${hex4(g.cid)}> <${utf16Hex(g.codePoints)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}
