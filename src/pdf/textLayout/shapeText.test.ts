import { describe, expect, it } from 'vitest';
import { readBundledFonts } from '../testing/pdfTestSupport.ts';
import { parseTrueType } from '../trueType/trueTypeFont.ts';
import { TextShaper } from './shapeText.ts';

const shaper = new TextShaper(parseTrueType(readBundledFonts().regular));
const ids = (text: string) => shaper.shape(text).map((glyph) => glyph.id);
/** The characters the glyphs stand for, in the order they are drawn. */
const visual = (text: string) => shaper.shape(text).map((glyph) => String.fromCodePoint(...glyph.codePoints)).join('');

describe('TextShaper', () => {
  // Glyph ids recorded from @pdf-lib/fontkit 1.1.1 (layout with liga, clig, dlig, kern, mark and
  // mkmk off, as pdf-lib embedded DejaVu Sans before), so the PDF draws the same glyphs.
  const fromFontkit: Array<[string, number[]]> = [
    ['office affiche fijn', [82, 73, 73, 76, 70, 72, 3, 68, 73, 73, 76, 70, 75, 72, 3, 73, 76, 77, 81]],
    ['مرحبا', [5256, 5260, 5277, 5288, 5341]],
    ['لا إله', [5348, 5337, 1363, 3, 5365]],
    ['السلام عليكم', [5340, 5334, 5358, 5338, 5317, 3, 1390, 5366, 5294, 5337, 1365]],
    ['שלום עולם', [1332, 1331, 1324, 1337, 3, 1332, 1324, 1331, 1344]],
    ['ߒߞߏ', [6040, 6086, 6051]],
    ['i\u0307\u0301', [243, 696, 690]],
    ['Łukasz\u00adNguyễn', [259, 88, 78, 68, 86, 93, 3, 49, 74, 88, 92, 2499, 81]],
  ];

  it.each(fromFontkit)('shapes %j to the glyphs fontkit gave', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  // fontkit shaped a line as one run in the direction of its first script: "أحمد Ahmed" came out
  // wholly reversed ("demhA"), "Ahmed أحمد" with the Arabic unjoined and left to right.
  describe('a line of mixed direction, in visual order (left to right)', () => {
    const AHMED = [36, 75, 80, 72, 71];
    const SPACE = 3;
    // أحمد as fontkit shaped it alone: final dal, medial meem, initial hah, isolated alef with hamza.
    const AHMED_ARABIC_VISUAL = [5284, 5342, 5277, 1361];

    it.each(['أحمد Ahmed', 'Ahmed أحمد'])('%j: "Ahmed" reads left to right, the Arabic right to left and joined', (text) => {
      expect(ids('أحمد')).toEqual(AHMED_ARABIC_VISUAL);
      expect(ids(text)).toEqual([...AHMED, SPACE, ...AHMED_ARABIC_VISUAL]);
      expect(visual(text)).toBe('Ahmed دمحأ');
    });

    it('keeps numbers in Arabic text left to right and a Latin word between Arabic ones in place', () => {
      expect(visual('عدد 123 كتب')).toBe('بتك 123 ددع');
      expect(visual('Ahmed أحمد x')).toBe('Ahmed دمحأ x');
      expect(visual('قال Ahmed اليوم')).toBe('مويلا Ahmed لاق');
    });

    it('mirrors brackets that resolve right to left', () => {
      expect(visual('(أحمد)')).toBe('(دمحأ)');
      expect(visual('Ahmed (x)')).toBe('Ahmed (x)');
    });

    it('shapes each script in its own run: Arabic beside Hebrew still joins', () => {
      expect(ids('שלום مرحبا')).toEqual([...ids('مرحبا'), SPACE, ...ids('שלום')]);
    });
  });

  it('keeps the characters each glyph stands for, a lam-alef ligature both', () => {
    const glyphs = shaper.shape('لا');
    expect(glyphs).toHaveLength(1);
    expect(glyphs[0]?.codePoints).toEqual([0x0644, 0x0627]);
    expect(shaper.shape('Çelik').map((g) => String.fromCodePoint(...g.codePoints)).join('')).toBe('Çelik');
  });

  it('draws Tifinagh, on which fontkit’s shaper crashed', () => {
    expect(ids('ⴰⵣⵓⵍ').every((id) => id !== 0)).toBe(true);
  });

  it('gives .notdef for characters the font lacks and nothing for variation selectors', () => {
    expect(ids('漢')).toEqual([0]);
    expect(ids('a\ufe0f')).toEqual(ids('a'));
  });
});
