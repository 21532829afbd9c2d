import type { StyleName } from '../domain/pdfLayout/textStyles.ts';
/** How each text style is tagged; `undefined`: an artifact (page numbers), not content. */
export function structureTypeOf(style: StyleName): 'H1' | 'H2' | 'H3' | 'P' | undefined {
  switch (style) {
    case 'title':
      return 'H1';
    case 'heading':
      return 'H2';
    case 'subheading':
      return 'H3';
    case 'footer':
      return undefined;
    case 'subtitle':
    case 'label':
    case 'prompt':
    case 'body':
    case 'tableHeader':
      return 'P';
  }
}
