import type { MeasurableFont } from './fontMeasure.ts';
import { fontMeasure } from './fontMeasure.ts';
import { shaperFor } from './textLayout/shapeText.ts';
import type { TrueTypeFont } from './trueType/trueTypeFont.ts';

/** The width of shaped text in points; same arithmetic as pdf-lib's, so layouts measure as before. */
export function textWidth(font: TrueTypeFont, text: string, size: number): number {
  const scale = 1000 / font.metrics.unitsPerEm;
  let total = 0;
  for (const glyph of shaperFor(font).shape(text)) total += (font.metrics.advanceWidths[glyph.id] ?? 0) * scale;
  return (total * size) / 1000;
}

// A font's widths per character do not change between PDFs: measured once per page.
const measures = new WeakMap<TrueTypeFont, (text: string, fontSize: number) => number>();

/** The font's measure (cached widths per character where that is exact), kept for the next PDF. */
export function measureFor(font: TrueTypeFont): (text: string, fontSize: number) => number {
  let measure = measures.get(font);
  if (!measure) {
    const measurable: MeasurableFont = { widthOfTextAtSize: (text, size) => textWidth(font, text, size) };
    measures.set(font, (measure = fontMeasure(measurable)));
  }
  return measure;
}
