/** A named source of a reference panel. The app never loads its URL; a person may tap it to open it outside the app. */
export interface ReferenceSource {
  name: string;
  url?: string;
}

/** A titled part of an info panel: paragraphs and/or a bullet list. */
export interface InfoSection {
  heading: string;
  paragraphs?: readonly string[];
  bullets?: readonly string[];
  /** Sources to read further, each with its address (a reading list such as Bijlage 2). */
  links?: readonly ReferenceSource[];
}

/** One of the info panels ("Landelijke afspraken en wetgeving", …), in our own words. */
export interface InfoPanel {
  title: string;
  intro: string;
  sections: readonly InfoSection[];
  sources: readonly ReferenceSource[];
}
