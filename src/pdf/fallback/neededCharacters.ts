import type { FormSnapshot } from '../../domain/form/formSnapshot.ts';
import { layoutGesprek } from '../../domain/pdfLayout/layoutGesprek.ts';
import type { HasGlyph } from '../printableText.ts';

/** Code points the printout needs and the given fonts lack, per weight, in the order first met. */
export interface NeededCharacters {
  regular: ReadonlySet<number>;
  bold: ReadonlySet<number>;
}

// Controls and format characters (joiners, variation selectors) print as nothing: never looked for.
const NEVER_DRAWN = /[\p{Cc}\p{Cf}]/u;

/**
 * What the layout will ask to print, checked against the fonts: the layout runs once with a
 * rough measure, since which texts it prints (and in which weight) does not depend on widths.
 */
export function neededCharacters(form: FormSnapshot, fonts: { regular: HasGlyph; bold: HasGlyph }): NeededCharacters {
  const regular = new Set<number>();
  const bold = new Set<number>();
  layoutGesprek(form, {
    measure: (text, fontSize) => text.length * fontSize * 0.5,
    toPrintable: (text, isBold) => {
      const has = isBold ? fonts.bold : fonts.regular;
      for (const char of text.normalize('NFC')) {
        const codePoint = char.codePointAt(0) ?? 0;
        if (!NEVER_DRAWN.test(char) && !has(codePoint)) (isBold ? bold : regular).add(codePoint);
      }
      return text;
    },
  });
  return { regular, bold };
}
