import type { Measure, PageLayout, TextBox, ToPrintable } from './layoutTypes.ts';
import { FOOTER, PRINTABLE } from './pageGeometry.ts';
import { baselineOffset, STYLES } from './textStyles.ts';

export const pageLabel = (page: number, total: number) => `Pagina ${page} van ${total}`;

/** Adds "Pagina X van Y", right-aligned in the footer band, once the page count is known. */
export function addPageFooters(pages: PageLayout[], measure: Measure, toPrintable: ToPrintable): void {
  const style = STYLES.footer;
  const height = FOOTER.bottom - FOOTER.top;
  for (const page of pages) {
    const text = toPrintable(pageLabel(page.number, pages.length), style.bold);
    const width = measure(text, style.fontSize, style.bold);
    const x = PRINTABLE.right - width;
    const box: TextBox = {
      kind: 'text',
      style: 'footer',
      x,
      top: FOOTER.top,
      width,
      height,
      fontSize: style.fontSize,
      bold: style.bold,
      muted: style.muted,
      lines: [{ text, x, baseline: FOOTER.top + baselineOffset(style, height), width }],
      source: 'footer',
    };
    page.boxes.push(box);
  }
}
