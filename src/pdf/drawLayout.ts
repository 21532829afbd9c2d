import type { Box, DocumentLayout } from '../domain/pdfLayout/layoutTypes.ts';
import type { FontStack } from './fontStack.ts';
import {
  beginMarkedContent,
  beginText,
  endMarkedContent,
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
  PDFName,
  PDFOperator,
  PDFOperatorNames,
} from './pdfLib.ts';
import type { PdfWriter } from './pdfWriter.ts';
import { structureTypeOf } from './styleTags.ts';
import type { StructureTree } from './structureTree.ts';

export interface LayoutFonts {
  regular: FontStack;
  bold: FontStack;
}

const INK = 0;
const MUTED = 0.3;
const LINE = 0.55;

/**
 * Draws a computed layout; the layout's y runs down from the top, PDF's runs up from the bottom.
 * Text is marked content tagged in `tree` in layout order; lines, rules and page numbers are artifacts.
 */
export function drawLayout(pdf: PdfWriter, layout: DocumentLayout, fonts: LayoutFonts, tree: StructureTree): void {
  const { context } = pdf;
  const resourceDict = context.obj({});
  const resources = context.register(resourceDict);
  for (const pageLayout of layout.pages) {
    const content: PDFOperator[] = [];
    for (const box of pageLayout.boxes) {
      const ops = drawBox(box, fonts, layout.height);
      if (ops.length === 0) continue;
      content.push(beginTagged(box, tree), ...ops, endMarkedContent());
    }
    tree.addPage(pdf.addPage(layout.width, layout.height, content, resources, tree.pageKey));
  }
  // Only the fonts something was drawn with: a fallback slice loaded but not used stays out.
  const dejaVu = new Set([fonts.regular.fonts[0], fonts.bold.fonts[0]]);
  const used = [...fonts.regular.fonts, ...fonts.bold.fonts].filter((named) => dejaVu.has(named) || named.font.used);
  resourceDict.set(PDFName.of('Font'), context.obj(Object.fromEntries(used.map(({ name, font }) => [name, font.ref]))));
}

/** Opens the box's marked content: its element's content, or an artifact (lines, rules, page numbers). */
function beginTagged(box: Box, tree: StructureTree): PDFOperator {
  const cell = box.kind === 'rule' ? undefined : box.tableCell;
  if (cell && !cell.repeated) {
    const element = tree.tableCell(cell.table, cell.row, cell.column, cell.row === 0);
    if (box.kind === 'text') return beginMarkedContentWith(element.type, `<</MCID ${tree.mark(element)}>>`);
    // An empty cell's writing line is an artifact; its element stays, empty, so the row has every column.
    return beginMarkedContent('Artifact');
  }
  // Writing lines, rules and headers repeated after a page break.
  if (box.kind !== 'text' || cell) return beginMarkedContent('Artifact');
  const type = structureTypeOf(box.style);
  if (!type) return beginMarkedContentWith('Artifact', '<</Type /Pagination>>');
  return beginMarkedContentWith(type, `<</MCID ${tree.mark(tree.block(type))}>>`);
}

/** BDC: pdf-lib has no helper for it; the properties are an inline dictionary, written as is. */
const beginMarkedContentWith = (tag: string, properties: string) =>
  PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(tag), properties]);

function drawBox(box: Box, fonts: LayoutFonts, pageHeight: number): PDFOperator[] {
  const y = (top: number) => pageHeight - top;
  const ops: PDFOperator[] = [];
  switch (box.kind) {
    case 'text': {
      const stack = box.bold ? fonts.bold : fonts.regular;
      const lines = box.lines.filter((line) => line.text !== '');
      if (lines.length === 0) return ops;
      ops.push(pushGraphicsState(), beginText(), setFillingGrayscaleColor(box.muted ? MUTED : INK));
      // An (invisible) space ends every wrapped line but the last: a tagged paragraph is read as one
      // string, and without it the last word of a line and the first of the next would run together.
      let current = '';
      lines.forEach((line, i) => {
        const text = i < lines.length - 1 ? `${line.text} ` : line.text;
        ops.push(setTextMatrix(1, 0, 0, 1, line.x, y(line.baseline)));
        // Each run in its own font (DejaVu, or a fallback for the characters it lacks); Tj advances.
        for (const run of stack.runs(text)) {
          if (run.name !== current) ops.push(setFontAndSize((current = run.name), box.fontSize));
          ops.push(showText(run.font.encodeText(run.text)));
        }
      });
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
