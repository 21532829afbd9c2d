import type { Block, Cell, RowBlock } from './blocks.ts';
import { CONTENT } from './pageGeometry.ts';
import type { StyleName } from './textStyles.ts';

/** Small constructors so the form's sections read like the invulformulier. */

const FULL = CONTENT.width;
export const LABEL_COLUMN = 165;
export const GUTTER = 10;
const INDENT = 14;

export function paragraph(text: string, style: StyleName, spaceBefore = 0, extra: Partial<RowBlock> = {}): RowBlock {
  return { kind: 'row', cells: [{ text, x: 0, width: FULL, style }], spaceBefore, ...extra };
}

export const heading = (text: string): RowBlock => paragraph(text, 'heading', 16, { keepWithNext: true });
export const subheading = (text: string): RowBlock => paragraph(text, 'subheading', 10, { keepWithNext: true });
export const prompt = (text: string, spaceBefore = 1): RowBlock => paragraph(text, 'prompt', spaceBefore, { keepWithNext: true });

/** A free-text field: its label and the invulformulier's question, then the text or ruled lines. */
export function textField(label: string, question: string | undefined, value: string, source: string): Block[] {
  const blocks: Block[] = [paragraph(label, 'label', 8, { keepWithNext: true })];
  if (question) blocks.push(prompt(question));
  blocks.push(fieldValue(value, source));
  return blocks;
}

/** A free-text value, or three ruled lines to write on when it is empty. */
export function fieldValue(value: string, source: string): Block {
  if (value.trim() === '') return { kind: 'openLines', count: 3, spaceBefore: 0, source };
  return { kind: 'row', cells: [{ text: value, x: 0, width: FULL, style: 'body', source }], spaceBefore: 2 };
}

/** "Label: value" on one row, the value wrapping in its own column; an empty value gets a writing line. */
export function labelledValue(label: string, value: string, source?: string, spaceBefore = 3): RowBlock {
  const valueCell: Cell = {
    text: value,
    x: LABEL_COLUMN + GUTTER,
    width: FULL - LABEL_COLUMN - GUTTER,
    style: 'body',
    openLine: true,
    ...(source ? { source } : {}),
  };
  return { kind: 'row', cells: [{ text: label, x: 0, width: LABEL_COLUMN, style: 'label' }, valueCell], spaceBefore };
}

/** A bullet (or check mark) with the text hanging beside it. */
export function bullet(mark: string, text: string, style: StyleName = 'body', source?: string): RowBlock {
  return {
    kind: 'row',
    cells: [
      { text: mark, x: 0, width: INDENT, style },
      { text, x: INDENT, width: FULL - INDENT, style, ...(source ? { source } : {}) },
    ],
    spaceBefore: 1,
  };
}
