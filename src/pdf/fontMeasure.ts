/**
 * Text is shaped without ligatures and drawn by glyph advances without kerning, so for scripts
 * that need no contextual shaping a run's width is exactly the sum of its characters' widths.
 * Summing cached per-character widths is far faster than shaping every word of a long field;
 * anything else (Arabic, Hebrew, …) is measured by shaping the whole run.
 */
export interface MeasurableFont {
  widthOfTextAtSize(text: string, size: number): number;
}

function needsNoShaping(codePoint: number): boolean {
  return (
    codePoint < 0x0590 || // Latin, IPA, diacritics, Greek, Cyrillic, Armenian
    (codePoint >= 0x1e00 && codePoint < 0x2000) || // Latin Extended Additional (Vietnamese), Greek Extended
    (codePoint >= 0x2000 && codePoint < 0x2c00) // punctuation, symbols, arrows, boxes, dingbats
  );
}

export function fontMeasure(font: MeasurableFont): (text: string, fontSize: number) => number {
  const unitWidths = new Map<number, number>();
  return (text, fontSize) => {
    let units = 0;
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      if (!needsNoShaping(codePoint)) return font.widthOfTextAtSize(text, fontSize);
      let width = unitWidths.get(codePoint);
      if (width === undefined) {
        width = font.widthOfTextAtSize(char, 1);
        unitWidths.set(codePoint, width);
      }
      units += width;
    }
    return units * fontSize;
  };
}
