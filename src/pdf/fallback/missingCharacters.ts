/** Characters the PDF cannot print, said before export; each string has every character once. */
export interface MissingCharacters {
  /** Their font is on our server but could not be fetched now (offline, and never fetched before). */
  offline: string;
  /** No font of the app has them. */
  unsupported: string;
}

export const NOTHING_MISSING: MissingCharacters = { offline: '', unsupported: '' };

export const isAnythingMissing = (missing: MissingCharacters) => missing.offline !== '' || missing.unsupported !== '';

/** The characters once each, in the order given. */
export const characters = (codePoints: Iterable<number>) => [...new Set(codePoints)].map((cp) => String.fromCodePoint(cp)).join('');
