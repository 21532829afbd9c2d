import { describe, expect, it } from 'vitest';
import { readBundledFonts } from '../testing/pdfTestSupport.ts';
import { readCmap, writeCmap } from './cmap.ts';
import { parseTrueType } from './trueTypeFont.ts';

const readBack = (map: ReadonlyMap<number, number>) => readCmap(new Map([['cmap', writeCmap(map)]]));

describe('cmap', () => {
  it('reads DejaVu’s full character map (format 4 and beyond the BMP)', () => {
    const font = parseTrueType(readBundledFonts().regular);
    expect(font.cmap.size).toBe(5918);
    expect(font.cmap.get(0x41)).toBe(36);
    expect(font.cmap.get(0x1ec5)).toBe(2499);
    expect([...font.cmap.keys()].some((codePoint) => codePoint > 0xffff)).toBe(true);
  });

  it('writes what it reads: runs, single entries, gaps and code points beyond the BMP', () => {
    const map = new Map<number, number>([
      [0x20, 1],
      [0x41, 2],
      [0x42, 3],
      [0x43, 4],
      [0x61, 9],
      [0x62, 5],
      [0x1ec5, 6],
      [0xfffd, 7],
      [0x1d400, 8],
      [0x1d401, 10],
    ]);
    expect(readBack(map)).toEqual(map);
  });

  it('round-trips the whole DejaVu map', () => {
    const font = parseTrueType(readBundledFonts().bold);
    expect(readBack(font.cmap)).toEqual(font.cmap);
  });
});
