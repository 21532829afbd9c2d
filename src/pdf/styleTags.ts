import type { StyleName } from '../domain/pdfLayout/textStyles.ts';
import type { BlockType } from './structureTree.ts';
/** How each text style is tagged; `undefined`: an artifact (page numbers), not content. */
export function structureTypeOf(style: StyleName): BlockType | undefined {
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
