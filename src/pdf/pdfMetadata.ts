/** What the PDF says about itself (document info, catalog, XMP). */
export interface PdfMetadata {
  title: string;
  subject: string;
  /** BCP 47 language tag of the content, e.g. nl-NL. */
  language: string;
  creator: string;
  producer: string;
}
