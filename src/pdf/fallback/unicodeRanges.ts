/** Code point ranges, inclusive, sorted: a font slice's CSS `unicode-range`. */
export type UnicodeRanges = ReadonlyArray<readonly [number, number]>;

/** "U+0E01-0E5B,U+25CC" → [[0xe01, 0xe5b], [0x25cc, 0x25cc]] (as fontsource's unicode.json writes them). */
export function parseUnicodeRange(css: string): UnicodeRanges {
  const ranges = css.split(',').map((part): [number, number] => {
    const match = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match) throw new Error(`not a unicode-range: ${part}`);
    const from = parseInt(match[1] ?? '', 16);
    return [from, match[2] ? parseInt(match[2], 16) : from];
  });
  return ranges.sort((a, b) => a[0] - b[0]);
}

export function inRanges(ranges: UnicodeRanges, codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [from, to] = ranges[mid] ?? [0, -1];
    if (codePoint < from) high = mid - 1;
    else if (codePoint > to) low = mid + 1;
    else return true;
  }
  return false;
}
