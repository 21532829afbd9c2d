import { PDFName, type PDFRef } from './pdfLib.ts';
import type { PdfWriter } from './pdfWriter.ts';

/** The standard structure types the printout uses (ISO 32000-1, 14.8.4). */
export type StructureType = 'Document' | BlockType | 'Table' | 'TR' | 'TH' | 'TD';

/** The types a text block outside a table gets: a heading level or a paragraph. */
export type BlockType = 'H1' | 'H2' | 'H3' | 'P';

/** Marked content on a page: the page's index and the content's MCID there. */
interface MarkedContent {
  page: number;
  mcid: number;
}

export interface StructureElement {
  readonly type: StructureType;
  readonly ref: PDFRef;
  readonly kids: Array<StructureElement | MarkedContent>;
}

const isElement = (kid: StructureElement | MarkedContent): kid is StructureElement => 'type' in kid;

/**
 * The tags of a tagged PDF, so screen readers and reflow read the form as headings, paragraphs and
 * a table: elements in the layout's reading order under one Document element, each owning the
 * marked content drawn for it, plus the parent tree that leads from marked content back to it.
 * Pages are drawn one at a time: `mark` numbers content on the page being drawn, `addPage` closes it.
 */
export class StructureTree {
  private readonly document: StructureElement;
  /** A table cell's column, to keep a row's cells in column order whatever order they were drawn in. */
  private readonly columns = new Map<StructureElement, number>();
  private readonly pageRefs: PDFRef[] = [];
  /** Per page, the element owning each MCID. */
  private readonly owners: StructureElement[][] = [[]];
  private readonly tables = new Map<number, { table: StructureElement; rows: Map<number, StructureElement>; cells: Map<string, StructureElement> }>();

  constructor(private readonly pdf: PdfWriter) {
    this.document = this.element('Document');
  }

  /** The StructParents key of the page being drawn. */
  get pageKey(): number {
    return this.pageRefs.length;
  }

  /** A new heading or paragraph, after everything before it. */
  block(type: BlockType): StructureElement {
    return this.element(type, this.document);
  }

  /** The header (TH) or data (TD) cell of a table; the table and its rows are made on first use. */
  tableCell(table: number, row: number, column: number, header: boolean): StructureElement {
    let entry = this.tables.get(table);
    if (!entry) {
      entry = { table: this.element('Table', this.document), rows: new Map(), cells: new Map() };
      this.tables.set(table, entry);
    }
    let tr = entry.rows.get(row);
    if (!tr) {
      tr = this.element('TR', entry.table);
      entry.rows.set(row, tr);
    }
    const key = `${row}:${column}`;
    let cell = entry.cells.get(key);
    if (!cell) {
      cell = { type: header ? 'TH' : 'TD', ref: this.pdf.context.nextRef(), kids: [] };
      const before = tr.kids.findIndex((kid) => isElement(kid) && (this.columns.get(kid) ?? 0) > column);
      tr.kids.splice(before < 0 ? tr.kids.length : before, 0, cell);
      this.columns.set(cell, column);
      entry.cells.set(key, cell);
    }
    return cell;
  }

  /** The MCID for content of `element` on the page being drawn. */
  mark(element: StructureElement): number {
    const owners = this.owners[this.pageKey] ?? [];
    const mcid = owners.push(element) - 1;
    element.kids.push({ page: this.pageKey, mcid });
    return mcid;
  }

  /** Closes the page being drawn; it was added to the document with `pageKey` as its StructParents. */
  addPage(pageRef: PDFRef): void {
    this.pageRefs.push(pageRef);
    this.owners.push([]);
  }

  /** Writes the tree and marks the document as tagged. */
  write(): void {
    const { context } = this.pdf;
    const rootRef = context.nextRef();
    const write = (element: StructureElement, parent: PDFRef) => {
      const firstContent = element.kids.find((kid) => !isElement(kid)) as MarkedContent | undefined;
      const kids = element.kids.map((kid) => {
        if (isElement(kid)) return kid.ref;
        if (kid.page === firstContent?.page) return context.obj(kid.mcid);
        return context.obj({ Type: 'MCR', Pg: this.pageRef(kid.page), MCID: kid.mcid });
      });
      const pg = firstContent ? { Pg: this.pageRef(firstContent.page) } : {};
      context.assign(element.ref, context.obj({ Type: 'StructElem', S: element.type, P: parent, ...pg, K: kids }));
      for (const kid of element.kids) if (isElement(kid)) write(kid, element.ref);
    };
    write(this.document, rootRef);
    const parentTree = this.pageRefs.flatMap((_, page) => [page, (this.owners[page] ?? []).map((owner) => owner.ref)]);
    context.assign(
      rootRef,
      context.obj({
        Type: 'StructTreeRoot',
        K: this.document.ref,
        ParentTree: context.register(context.obj({ Nums: parentTree })),
        ParentTreeNextKey: this.pageRefs.length,
      }),
    );
    this.pdf.catalogSet(PDFName.of('StructTreeRoot'), rootRef);
    this.pdf.catalogSet(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }

  private pageRef(page: number): PDFRef {
    const ref = this.pageRefs[page];
    if (!ref) throw new Error(`marked content on page ${page}, which was never added`);
    return ref;
  }

  private element(type: StructureType, parent?: StructureElement): StructureElement {
    const element: StructureElement = { type, ref: this.pdf.context.nextRef(), kids: [] };
    parent?.kids.push(element);
    return element;
  }
}
