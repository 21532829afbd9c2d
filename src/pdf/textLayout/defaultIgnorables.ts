/**
 * Default-ignorable characters (DerivedCoreProperties.txt, minus U+115F, U+1160, U+3164 and
 * U+FFA0, as HarfBuzz and fontkit do). fontkit draws them as the space glyph; so do we, so that
 * text measures and prints exactly as before.
 */
const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x17b4, 0x17b5],
  [0x180b, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xfff0, 0xfff8],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
  [0xe0000, 0xe0fff],
];

export function isDefaultIgnorable(codePoint: number): boolean {
  if (codePoint < 0x00ad) return false;
  return RANGES.some(([first, last]) => codePoint >= first && codePoint <= last);
}
