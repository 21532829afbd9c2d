import type { Block, Cell, OpenLinesBlock, RowBlock, TableBlock } from './blocks.ts';
import type { Box, Measure, PageLayout, TableCellPlace, ToPrintable } from './layoutTypes.ts';
import { CONTENT } from './pageGeometry.ts';
import { baselineOffset, OPEN_LINE_PITCH, STYLES } from './textStyles.ts';
import { wrapText } from './wrapText.ts';

export interface FlowContext {
  measure: Measure;
  toPrintable: ToPrintable;
}

interface WrappedRow {
  row: RowBlock;
  lineHeight: number;
  /** Per cell, its wrapped lines; an empty open-line cell counts as one (ruled) line. */
  cells: Array<{ cell: Cell; lines: string[] }>;
  lineCount: number;
}

const RULE_GAP = 3;
const RULE_THICKNESS = 0.6;
/** A paragraph starts on a new page rather than leave a single line behind. */
const MIN_LINES = 2;

/**
 * Flows blocks onto as many pages as they need; text splits between lines, never inside one.
 * A last page that would hold one stray group (a label with its field, say) takes the group
 * before it along, as long as that costs no extra page.
 */
export function paginate(blocks: readonly Block[], context: FlowContext): PageLayout[] {
  const first = flow(blocks, context, new Set());
  const breakAt = strayTailBreak(blocks, first);
  if (breakAt === undefined) return first.pages;
  const second = flow(blocks, context, new Set([breakAt]));
  return second.pages.length <= first.pages.length ? second.pages : first.pages;
}

interface Flowed {
  pages: PageLayout[];
  /** Per block, the page number it starts on and ends on. */
  startPage: number[];
  endPage: number[];
}

/** Headings, labels and prompts belong to the block after them: a group starts after a block that is not one. */
const startsGroup = (blocks: readonly Block[], index: number) => {
  const before = blocks[index - 1];
  return index === 0 || !(before?.kind === 'row' && before.keepWithNext);
};

/** Where to break so that the last page does not hold one group alone; undefined when it need not. */
function strayTailBreak(blocks: readonly Block[], { pages, startPage, endPage }: Flowed): number | undefined {
  const last = pages.length;
  if (last < 2) return undefined;
  const groupsOnLast = blocks.map((_, i) => i).filter((i) => startsGroup(blocks, i) && startPage[i] === last);
  const only = groupsOnLast[0];
  if (groupsOnLast.length !== 1 || only === undefined || only === 0) return undefined;
  // Something that runs on from the page before is not stray.
  if (endPage[only - 1] === last) return undefined;
  let previous = only - 1;
  while (previous > 0 && !startsGroup(blocks, previous)) previous--;
  return startPage[previous] === last - 1 && previous > 0 ? previous : undefined;
}

function flow(blocks: readonly Block[], context: FlowContext, breakBefore: ReadonlySet<number>): Flowed {
  const startPage: number[] = [];
  const endPage: number[] = [];
  const pages: PageLayout[] = [];
  let page: PageLayout = { number: 1, boxes: [] };
  let cursor = CONTENT.top;
  pages.push(page);

  const atTop = () => cursor === CONTENT.top;
  const remaining = () => CONTENT.bottom - cursor;
  const newPage = () => {
    page = { number: pages.length + 1, boxes: [] };
    pages.push(page);
    cursor = CONTENT.top;
  };
  const space = (height: number) => {
    if (!atTop()) cursor = Math.min(cursor + height, CONTENT.bottom);
  };

  // Memoized: keep-with-next looks ahead at blocks that are wrapped again when placed.
  const wrapped = new WeakMap<RowBlock, WrappedRow>();
  const wrap = (row: RowBlock): WrappedRow => {
    let w = wrapped.get(row);
    if (!w) {
      w = wrapRow(row, context);
      wrapped.set(row, w);
    }
    return w;
  };
  const rowLead = (row: RowBlock): number => {
    const w = wrap(row);
    return row.spaceBefore + Math.min(MIN_LINES, w.lineCount) * w.lineHeight;
  };

  /** Places a row, continuing on new pages (via onRowBreak) while lines remain. */
  const placeRow = (w: WrappedRow, inTable?: RowPlace): void => {
    let done = 0;
    space(w.row.spaceBefore);
    while (done < w.lineCount) {
      const fit = Math.floor((remaining() + 1e-6) / w.lineHeight);
      const wanted = Math.min(MIN_LINES, w.lineCount - done);
      if (fit < wanted && !atTop()) {
        onRowBreak();
        continue;
      }
      const take = Math.max(1, Math.min(fit, w.lineCount - done));
      page.boxes.push(...rowChunkBoxes(w, done, take, cursor, context, inTable));
      cursor += take * w.lineHeight;
      done += take;
      if (done < w.lineCount) onRowBreak();
    }
    if (w.row.ruleBelow) {
      if (remaining() >= RULE_GAP + RULE_THICKNESS) {
        page.boxes.push({ kind: 'rule', x: CONTENT.left, top: cursor + RULE_GAP, width: CONTENT.width, height: RULE_THICKNESS });
        cursor += 2 * RULE_GAP + RULE_THICKNESS;
      }
    }
  };

  // Inside a table the header is repeated after a page break; elsewhere a break is just a new page.
  let onRowBreak = newPage;

  /** The height a block needs on the current page to start decently. */
  const leadHeight = (block: Block): number => {
    if (block.kind === 'openLines') return block.spaceBefore + block.count * OPEN_LINE_PITCH;
    if (block.kind === 'row') return rowLead(block);
    const first = block.rows[0];
    return block.spaceBefore + rowLead(block.header) + 2 * RULE_GAP + (first ? rowLead(first) : 0);
  };

  /** Heading, label and question rows that must share a page with the start of what follows. */
  const keepTogetherHeight = (from: number): number => {
    let needed = 0;
    for (const b of blocks.slice(from)) {
      const keep = b.kind === 'row' && b.keepWithNext;
      needed += keep ? b.spaceBefore + wrap(b).lineCount * wrap(b).lineHeight : leadHeight(b);
      if (!keep) break;
    }
    return needed;
  };

  const placeOpenLines = (block: OpenLinesBlock): void => {
    space(block.spaceBefore);
    const height = block.count * OPEN_LINE_PITCH;
    if (height > remaining() + 1e-6) newPage();
    const source = block.source ? { source: block.source } : {};
    page.boxes.push({ kind: 'openLines', x: CONTENT.left, top: cursor, width: CONTENT.width, height, count: block.count, pitch: OPEN_LINE_PITCH, ...source });
    cursor += height;
  };

  let tables = 0;
  const placeTable = (block: TableBlock): void => {
    const table = tables++;
    if (leadHeight(block) > remaining() && !atTop()) newPage();
    space(block.spaceBefore);
    const header = wrap(block.header);
    placeRow(header, { table, row: 0, repeated: false });
    onRowBreak = () => {
      newPage();
      placeRow(header, { table, row: 0, repeated: true });
    };
    block.rows.forEach((row, i) => placeRow(wrap(row), { table, row: i + 1, repeated: false }));
    onRowBreak = newPage;
  };

  blocks.forEach((block, index) => {
    if (breakBefore.has(index) && !atTop()) newPage();
    if (block.kind === 'row' && block.keepWithNext && !atTop()) {
      const needed = keepTogetherHeight(index);
      if (needed > remaining() && needed <= CONTENT.bottom - CONTENT.top) newPage();
    }
    const placedFrom = pages.length;
    const boxesBefore = page.boxes.length;
    if (block.kind === 'row') placeRow(wrap(block));
    else if (block.kind === 'openLines') placeOpenLines(block);
    else placeTable(block);
    // A block that went to a new page before placing anything starts there.
    startPage[index] = (pages[placedFrom - 1]?.boxes.length ?? 0) > boxesBefore ? placedFrom : Math.min(placedFrom + 1, pages.length);
    endPage[index] = pages.length;
  });
  return { pages, startPage, endPage };
}


function wrapRow(row: RowBlock, { measure, toPrintable }: FlowContext): WrappedRow {
  const cells = row.cells.map((cell) => {
    const style = STYLES[cell.style];
    const text = toPrintable(cell.text, style.bold);
    const lines = text.trim() === '' ? [] : wrapText(text, { width: cell.width, fontSize: style.fontSize, bold: style.bold, measure });
    return { cell, lines };
  });
  const lineCount = Math.max(1, ...cells.map((c) => c.lines.length));
  // A one-line row that is only waiting to be written in gets a pen-sized line.
  const toWriteIn = lineCount === 1 && cells.some((c) => c.cell.openLine && c.lines.length === 0);
  const lineHeight = Math.max(toWriteIn ? OPEN_LINE_PITCH : 0, ...row.cells.map((c) => STYLES[c.style].lineHeight));
  return { row, lineHeight, cells, lineCount };
}

/** A table row's place: which table, which row, and whether it is a repeated header. */
type RowPlace = Omit<TableCellPlace, 'column'>;

/** The boxes for lines [from, from + count) of a row, with the first line's slot at `top`. */
function rowChunkBoxes(w: WrappedRow, from: number, count: number, top: number, { measure }: FlowContext, inTable?: RowPlace): Box[] {
  const boxes: Box[] = [];
  for (const [column, { cell, lines }] of w.cells.entries()) {
    const x = CONTENT.left + cell.x;
    const origin = { ...(cell.source ? { source: cell.source } : {}), ...(inTable ? { tableCell: { ...inTable, column } } : {}) };
    if (lines.length === 0) {
      if (cell.openLine && from === 0) {
        boxes.push({ kind: 'openLines', x, top, width: cell.width, height: w.lineHeight, count: 1, pitch: w.lineHeight, ...origin });
      }
      continue;
    }
    const chunk = lines.slice(from, from + count);
    if (chunk.length === 0) continue;
    const style = STYLES[cell.style];
    const offset = baselineOffset(style, w.lineHeight);
    boxes.push({
      kind: 'text',
      style: cell.style,
      x,
      top,
      width: cell.width,
      height: chunk.length * w.lineHeight,
      fontSize: style.fontSize,
      bold: style.bold,
      muted: style.muted,
      lines: chunk.map((text, i) => ({ text, x, baseline: top + i * w.lineHeight + offset, width: measure(text, style.fontSize, style.bold) })),
      ...origin,
    });
  }
  return boxes;
}
