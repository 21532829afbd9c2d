/**
 * The parts of pdf-lib the PDF is written with: its core object model and writer, imported
 * module by module. pdf-lib's index (and its PDFDocument/PDFPage API) would also bring the
 * standard-font metrics, image decoders and forms, about 120 kB gzip this app never uses.
 */
export { default as PDFContext } from 'pdf-lib/es/core/PDFContext.js';
export { default as PDFContentStream } from 'pdf-lib/es/core/structures/PDFContentStream.js';
export { default as PDFStreamWriter } from 'pdf-lib/es/core/writers/PDFStreamWriter.js';
export { default as PDFCatalog } from 'pdf-lib/es/core/structures/PDFCatalog.js';
export { default as PDFPageTree } from 'pdf-lib/es/core/structures/PDFPageTree.js';
export { default as PDFPageLeaf } from 'pdf-lib/es/core/structures/PDFPageLeaf.js';
export { default as PDFName } from 'pdf-lib/es/core/objects/PDFName.js';
export { default as PDFString } from 'pdf-lib/es/core/objects/PDFString.js';
export { default as PDFHexString } from 'pdf-lib/es/core/objects/PDFHexString.js';
export type { default as PDFRef } from 'pdf-lib/es/core/objects/PDFRef.js';
export type { default as PDFDict } from 'pdf-lib/es/core/objects/PDFDict.js';
export type { default as PDFObject } from 'pdf-lib/es/core/objects/PDFObject.js';
export { default as PDFOperator } from 'pdf-lib/es/core/operators/PDFOperator.js';
export { default as PDFOperatorNames } from 'pdf-lib/es/core/operators/PDFOperatorNames.js';
export {
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
} from 'pdf-lib/es/api/operators.js';
