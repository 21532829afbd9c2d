/** A named source of a reference panel. The URL is extra text only: the app never loads it. */
export interface ReferenceSource {
  name: string;
  url?: string;
}

/** A titled part of an info panel: paragraphs and/or a bullet list. */
export interface InfoSection {
  heading: string;
  paragraphs?: readonly string[];
  bullets?: readonly string[];
}

/** One of the info panels ("Landelijke afspraken en wetgeving", …), in our own words. */
export interface InfoPanel {
  title: string;
  intro: string;
  sections: readonly InfoSection[];
  sources: readonly ReferenceSource[];
}
