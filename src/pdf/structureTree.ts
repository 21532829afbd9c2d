import { PDFName, type PDFRef } from './pdfLib.ts';
import type { PdfWriter } from './pdfWriter.ts';

/** The standard structure types the printout uses (ISO 32000-1, 14.8.4). */
export type StructureType = 'H1' | 'H2' | 'H3' | 'P';

/**
 * The tags of a tagged PDF, so screen readers and reflow read the form as headings and paragraphs:
 * one element per piece of marked content, in the layout's reading order, under one Document
 * element, plus the parent tree that leads from marked content back to its element.
 */
export class StructureTree {
  private readonly pages: Array<{ pageRef: PDFRef; types: readonly StructureType[] }> = [];

  /** The StructParents key of the page added next. */
  get nextPageKey(): number {
    return this.pages.length;
  }

  /** Records a page (added with `nextPageKey`): its marked content with MCID i is an element of `types[i]`. */
  addPage(pageRef: PDFRef, types: readonly StructureType[]): void {
    this.pages.push({ pageRef, types });
  }

  /** Writes the tree and marks the document as tagged. */
  write(pdf: PdfWriter): void {
    const { context } = pdf;
    const rootRef = context.nextRef();
    const documentRef = context.nextRef();
    const elements: PDFRef[] = [];
    const parentTree: Array<number | PDFRef[]> = [];
    this.pages.forEach(({ pageRef, types }, key) => {
      const onPage = types.map((type, mcid) =>
        context.register(context.obj({ Type: 'StructElem', S: type, P: documentRef, Pg: pageRef, K: mcid })),
      );
      elements.push(...onPage);
      parentTree.push(key, onPage);
    });
    context.assign(documentRef, context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: elements }));
    context.assign(
      rootRef,
      context.obj({
        Type: 'StructTreeRoot',
        K: documentRef,
        ParentTree: context.register(context.obj({ Nums: parentTree })),
        ParentTreeNextKey: this.pages.length,
      }),
    );
    pdf.catalogSet(PDFName.of('StructTreeRoot'), rootRef);
    pdf.catalogSet(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }
}
