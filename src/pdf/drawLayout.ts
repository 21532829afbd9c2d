import { grayscale, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Box, DocumentLayout } from '../domain/pdfLayout/layoutTypes.ts';

export interface LayoutFonts {
  regular: PDFFont;
  bold: PDFFont;
}

const INK = grayscale(0);
const MUTED = grayscale(0.3);
const LINE = grayscale(0.55);

/** Draws a computed layout; the layout's y runs down from the top, PDF's runs up from the bottom. */
export function drawLayout(pdf: PDFDocument, layout: DocumentLayout, fonts: LayoutFonts): void {
  for (const pageLayout of layout.pages) {
    const page = pdf.addPage([layout.width, layout.height]);
    for (const box of pageLayout.boxes) drawBox(page, box, fonts, layout.height);
  }
}

function drawBox(page: PDFPage, box: Box, fonts: LayoutFonts, pageHeight: number): void {
  const y = (top: number) => pageHeight - top;
  switch (box.kind) {
    case 'text': {
      const font = box.bold ? fonts.bold : fonts.regular;
      const color = box.muted ? MUTED : INK;
      for (const line of box.lines) {
        if (line.text === '') continue;
        page.drawText(line.text, { x: line.x, y: y(line.baseline), size: box.fontSize, font, color });
      }
      return;
    }
    case 'openLines':
      // Writing lines sit just above the bottom of each slot, so they stay inside the box.
      for (let i = 1; i <= box.count; i++) {
        const lineY = y(box.top + i * box.pitch - 2);
        page.drawLine({ start: { x: box.x, y: lineY }, end: { x: box.x + box.width, y: lineY }, thickness: 0.5, color: LINE });
      }
      return;
    case 'rule':
      page.drawRectangle({ x: box.x, y: y(box.top + box.height), width: box.width, height: box.height, color: LINE });
      return;
  }
}
