import type { Box, DocumentLayout, Measure, Rect } from '../layoutTypes.ts';
import { PRINTABLE } from '../pageGeometry.ts';

/**
 * Invariants every printout must hold, as a list of human-readable problems (empty = fine).
 * Used by the tests here and by the PDF tests with real font metrics.
 */
export function findLayoutProblems(layout: DocumentLayout): string[] {
  const problems: string[] = [];
  const eps = 1e-6;
  for (const page of layout.pages) {
    page.boxes.forEach((box, i) => {
      const where = `page ${page.number} box ${i} (${describe(box)})`;
      if (box.x < PRINTABLE.left - eps || box.x + box.width > PRINTABLE.right + eps) problems.push(`${where}: outside horizontally`);
      if (box.top < PRINTABLE.top - eps || box.top + box.height > PRINTABLE.bottom + eps) problems.push(`${where}: outside vertically`);
      if (box.width <= 0 || box.height <= 0) problems.push(`${where}: empty box`);
      if (box.kind === 'text') {
        for (const line of box.lines) {
          if (line.x < box.x - eps || line.x + line.width > box.x + box.width + eps) problems.push(`${where}: line "${line.text}" too wide`);
          if (line.baseline < box.top || line.baseline > box.top + box.height) problems.push(`${where}: baseline outside box`);
        }
      }
      for (let j = i + 1; j < page.boxes.length; j++) {
        if (overlaps(box, page.boxes[j]!)) problems.push(`${where} overlaps box ${j} (${describe(page.boxes[j]!)})`);
      }
    });
  }
  return problems;
}

function overlaps(a: Rect, b: Rect): boolean {
  const eps = 1e-6;
  return a.x < b.x + b.width - eps && b.x < a.x + a.width - eps && a.top < b.top + b.height - eps && b.top < a.top + a.height - eps;
}

function describe(box: Box): string {
  return box.kind === 'text' ? `"${box.lines[0]?.text.slice(0, 30) ?? ''}"` : box.kind;
}

/** All text boxes from one source, in page order, as placed lines. */
export function placedLines(layout: DocumentLayout, source: string): string[] {
  return layout.pages.flatMap((p) => p.boxes.flatMap((b) => (b.kind === 'text' && b.source === source ? b.lines.map((l) => l.text) : [])));
}

/** Every line of the printout in reading order (pages top to bottom, then left to right). */
export function readingOrderText(layout: DocumentLayout): string {
  return layout.pages
    .map((p) =>
      p.boxes
        .flatMap((b) => (b.kind === 'text' ? b.lines : []))
        .sort((a, b) => a.baseline - b.baseline || a.x - b.x)
        .map((l) => l.text)
        .join('\n'),
    )
    .join('\n');
}

/** A fixed-pitch stand-in for font metrics: predictable widths for layout tests. */
export const monospaceMeasure: Measure = (text, fontSize) => Array.from(text).length * fontSize * 0.6;
