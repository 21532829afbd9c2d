/**
 * Folds text for searching: lower case, accents removed ("geïnformeerd" ~ "geinformeerd"),
 * curly apostrophes made straight, so people find examples however they type on a tablet.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’`]/g, "'")
    .toLocaleLowerCase('nl');
}

/** The words of a query, folded; empty when the query is blank. */
export function searchWords(query: string): string[] {
  return foldForSearch(query)
    .split(/\s+/)
    .filter((word) => word.length > 0);
}
