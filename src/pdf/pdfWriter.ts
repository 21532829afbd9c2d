import {
  PDFCatalog,
  PDFContentStream,
  PDFContext,
  PDFHexString,
  PDFName,
  PDFPageLeaf,
  PDFPageTree,
  PDFStreamWriter,
  PDFString,
  type PDFDict,
  type PDFObject,
  type PDFOperator,
  type PDFRef,
} from './pdfLib.ts';
import { deflate } from './deflate.ts';
import type { PdfMetadata } from './pdfMetadata.ts';
import { xmpMetadata } from './xmpMetadata.ts';

/**
 * A new PDF document on pdf-lib's object model: catalog, flat page tree, document info, and
 * compressed object and cross-reference streams when saved (as pdf-lib's PDFDocument.save does).
 */
export class PdfWriter {
  readonly context = PDFContext.create();
  private readonly pageTree: PDFPageTree;
  private readonly pageTreeRef: PDFRef;
  private readonly catalog: PDFCatalog;
  private readonly info: PDFDict;
  private readonly pending: Array<{ ref: PDFRef; contents: Uint8Array; dict: Record<string, PDFObject | number> }> = [];

  constructor() {
    this.pageTree = PDFPageTree.withContext(this.context);
    this.pageTreeRef = this.context.register(this.pageTree);
    this.catalog = PDFCatalog.withContextAndPages(this.context, this.pageTreeRef);
    this.context.trailerInfo.Root = this.context.register(this.catalog);
    this.info = this.context.obj({});
    this.context.trailerInfo.Info = this.context.register(this.info);
  }

  /**
   * Appends a page of the given size whose content is the operators, drawn with the shared
   * resources; `structParents` is its key in the structure tree's parent tree (tagged PDF).
   */
  addPage(width: number, height: number, content: PDFOperator[], resources: PDFRef, structParents: number): PDFRef {
    const page = PDFPageLeaf.withContextAndParent(this.context, this.pageTreeRef);
    page.set(PDFName.of('MediaBox'), this.context.obj([0, 0, width, height]));
    page.set(PDFName.of('Resources'), resources);
    page.set(PDFName.of('Contents'), this.flateStream(PDFContentStream.of(this.context.obj({}), content, false).getContents()));
    page.set(PDFName.of('StructParents'), this.context.obj(structParents));
    // Tab order follows the structure (PDF/UA).
    page.set(PDFName.of('Tabs'), PDFName.of('S'));
    const ref = this.context.register(page);
    this.pageTree.pushLeafNode(ref);
    return ref;
  }

  catalogSet(key: PDFName, value: PDFRef | PDFDict): void {
    this.catalog.set(key, value);
  }

  setMetadata(metadata: PdfMetadata, date = new Date()): void {
    const text = (value: string) => PDFHexString.fromText(value);
    this.info.set(PDFName.of('Title'), text(metadata.title));
    this.info.set(PDFName.of('Subject'), text(metadata.subject));
    this.info.set(PDFName.of('Creator'), text(metadata.creator));
    this.info.set(PDFName.of('Producer'), text(metadata.producer));
    this.info.set(PDFName.of('CreationDate'), PDFString.fromDate(date));
    this.info.set(PDFName.of('ModDate'), PDFString.fromDate(date));
    this.catalog.set(PDFName.of('Lang'), PDFString.of(metadata.language));
    // Readers show the title rather than the file name.
    this.catalog.set(PDFName.of('ViewerPreferences'), this.context.obj({ DisplayDocTitle: true }));
    // Uncompressed, as XMP readers expect; UTF-8 so any school name stays whole.
    const xmp = new TextEncoder().encode(xmpMetadata(metadata, date));
    this.catalog.set(PDFName.of('Metadata'), this.context.register(this.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' })));
  }

  /**
   * A FlateDecode stream of the contents (dictionary entries as given, then Filter, as pdf-lib's
   * `context.flateStream` makes it), its number taken now; it is compressed when the document is saved.
   */
  flateStream(contents: Uint8Array | string, dict: Record<string, PDFObject | number> = {}): PDFRef {
    const ref = this.context.nextRef();
    this.pending.push({ ref, contents: typeof contents === 'string' ? latin1Bytes(contents) : contents, dict });
    return ref;
  }

  async save(): Promise<Uint8Array> {
    // All streams at once: the platform's deflate, not pako on the main thread one by one.
    await Promise.all(
      this.pending.splice(0).map(async ({ ref, contents, dict }) => {
        this.context.assign(ref, this.context.stream(await deflate(contents), { ...dict, Filter: 'FlateDecode' }));
      }),
    );
    return PDFStreamWriter.forContext(this.context, 50).serializeToBuffer();
  }
}

/** A string of byte values (as pdf-lib writes a string stream's contents): one byte per UTF-16 unit. */
function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
