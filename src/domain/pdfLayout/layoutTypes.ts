/**
 * A computed print layout: pages of positioned boxes in PDF points. `top` and `baseline` are
 * measured down from the page's top edge (the renderer flips them for PDF's bottom-up y).
 */

import type { StyleName } from './textStyles.ts';

/** Width of `text` at `fontSize`, in points; injected so the layout stays pure. */
export type Measure = (text: string, fontSize: number, bold: boolean) => number;

/** Maps text to what the font can print (e.g. unknown characters to "?"); identity by default. */
export type ToPrintable = (text: string, bold: boolean) => string;

export interface Rect {
  x: number;
  top: number;
  width: number;
  height: number;
}

export interface TextLine {
  text: string;
  x: number;
  baseline: number;
  width: number;
}

/** Where a box sits in a table, so the PDF can tag it as a table cell. */
export interface TableCellPlace {
  /** Tables are numbered in the order they are laid out. */
  table: number;
  /** 0 is the header row. */
  row: number;
  column: number;
  /** A header row repeated after a page break: there for the eye, not to be read again. */
  repeated: boolean;
}

export interface TextBox extends Rect {
  kind: 'text';
  /** What the text is (title, heading, label, value, footer…): the PDF's tags follow it. */
  style: StyleName;
  fontSize: number;
  bold: boolean;
  muted: boolean;
  lines: TextLine[];
  /** Which form field the text came from (a TextKey or a small id), for tests and tooling. */
  source?: string;
  tableCell?: TableCellPlace;
}

/** Ruled writing lines for an empty field, so the printout can be completed by pen. */
export interface OpenLinesBox extends Rect {
  kind: 'openLines';
  /** Each writing line is drawn at the bottom of its slot: top + (i + 1) * pitch - 2. */
  count: number;
  pitch: number;
  source?: string;
  /** An empty table cell's writing line. */
  tableCell?: TableCellPlace;
}

/** A thin separator (under a table header, between table rows). */
export interface RuleBox extends Rect {
  kind: 'rule';
}

export type Box = TextBox | OpenLinesBox | RuleBox;

export interface PageLayout {
  /** 1-based. */
  number: number;
  boxes: Box[];
}

export interface DocumentLayout {
  width: number;
  height: number;
  pages: PageLayout[];
}
