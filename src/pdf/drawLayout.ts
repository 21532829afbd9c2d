import type { Box, DocumentLayout } from '../domain/pdfLayout/layoutTypes.ts';
import type { EmbeddedFont } from './embeddedFont.ts';
import {
  beginText,
  endText,
  fill,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingGrayscaleColor,
  setFontAndSize,
  setLineWidth,
  setStrokingGrayscaleColor,
  setTextMatrix,
  showText,
  stroke,
  type PDFOperator,
} from './pdfLib.ts';
import type { PdfWriter } from './pdfWriter.ts';

export interface LayoutFonts {
  regular: EmbeddedFont;
  bold: EmbeddedFont;
}

const INK = 0;
const MUTED = 0.3;
const LINE = 0.55;
const REGULAR = 'F1';
const BOLD = 'F2';

/** Draws a computed layout; the layout's y runs down from the top, PDF's runs up from the bottom. */
export function drawLayout(pdf: PdfWriter, layout: DocumentLayout, fonts: LayoutFonts): void {
  const resources = pdf.context.register(pdf.context.obj({ Font: { [REGULAR]: fonts.regular.ref, [BOLD]: fonts.bold.ref } }));
  for (const pageLayout of layout.pages) {
    const content: PDFOperator[] = [];
    for (const box of pageLayout.boxes) content.push(...drawBox(box, fonts, layout.height));
    pdf.addPage(layout.width, layout.height, content, resources);
  }
}

function drawBox(box: Box, fonts: LayoutFonts, pageHeight: number): PDFOperator[] {
  const y = (top: number) => pageHeight - top;
  const ops: PDFOperator[] = [];
  switch (box.kind) {
    case 'text': {
      const font = box.bold ? fonts.bold : fonts.regular;
      const lines = box.lines.filter((line) => line.text !== '');
      if (lines.length === 0) return ops;
      ops.push(pushGraphicsState(), beginText(), setFillingGrayscaleColor(box.muted ? MUTED : INK), setFontAndSize(box.bold ? BOLD : REGULAR, box.fontSize));
      for (const line of lines) ops.push(setTextMatrix(1, 0, 0, 1, line.x, y(line.baseline)), showText(font.encodeText(line.text)));
      ops.push(endText(), popGraphicsState());
      return ops;
    }
    case 'openLines':
      if (box.count < 1) return ops;
      // Writing lines sit just above the bottom of each slot, so they stay inside the box.
      ops.push(pushGraphicsState(), setStrokingGrayscaleColor(LINE), setLineWidth(0.5));
      for (let i = 1; i <= box.count; i++) {
        const lineY = y(box.top + i * box.pitch - 2);
        ops.push(moveTo(box.x, lineY), lineTo(box.x + box.width, lineY));
      }
      ops.push(stroke(), popGraphicsState());
      return ops;
    case 'rule':
      ops.push(pushGraphicsState(), setFillingGrayscaleColor(LINE), rectangle(box.x, y(box.top + box.height), box.width, box.height), fill(), popGraphicsState());
      return ops;
  }
}
