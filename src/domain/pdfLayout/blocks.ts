import type { StyleName } from './textStyles.ts';

/**
 * The form as a flow of blocks, before pagination. Positions here are horizontal only
 * (relative to the content area's left edge); the paginator decides pages and heights.
 */
export interface Cell {
  text: string;
  /** Offset from the content area's left edge. */
  x: number;
  width: number;
  style: StyleName;
  /** When the text is empty, draw one ruled writing line in this cell instead. */
  openLine?: boolean;
  source?: string;
}

/** Side-by-side cells whose wrapped lines share line slots; splits across pages line by line. */
export interface RowBlock {
  kind: 'row';
  cells: Cell[];
  spaceBefore: number;
  /** Keep on a page with the start of the next block (headings, labels, prompts). */
  keepWithNext?: boolean;
  /** Draw a thin rule under the row (table rows). */
  ruleBelow?: boolean;
}

/** Ruled lines for an empty free-text field. */
export interface OpenLinesBlock {
  kind: 'openLines';
  count: number;
  spaceBefore: number;
  source?: string;
}

/** A table whose header row is repeated on every page it runs onto. */
export interface TableBlock {
  kind: 'table';
  header: RowBlock;
  rows: RowBlock[];
  spaceBefore: number;
}

export type Block = RowBlock | OpenLinesBlock | TableBlock;
