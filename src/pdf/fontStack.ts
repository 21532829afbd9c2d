import type { EmbeddedFont } from './embeddedFont.ts';
import { measureFor } from './textWidth.ts';

/** A font in the page resources, by the name the content stream selects it with ("F1"). */
export interface NamedFont {
  name: string;
  font: EmbeddedFont;
}

/** A stretch of text drawn in one font. */
export interface TextRun extends NamedFont {
  text: string;
}

// Marks, joiners and variation selectors stay in the font of the character before them: a mark
// belongs to its base. Spaces do not: an emoji font's space is as wide as an emoji.
const STAYS_WITH_PREVIOUS = /[\p{M}\p{Cf}]/u;

/**
 * The fonts one weight prints with, in order of preference: DejaVu Sans first, then the fallback
 * slices loaded for this text. Each character goes to the first font that has it; text is split
 * into runs of one font, measured and drawn run by run.
 */
export class FontStack {
  private readonly choice = new Map<number, NamedFont | undefined>();
  private readonly measures = new Map<EmbeddedFont, (text: string, size: number) => number>();

  constructor(readonly fonts: readonly NamedFont[]) {
    for (const { font } of fonts) this.measures.set(font, measureFor(font.font));
  }

  has(codePoint: number): boolean {
    return this.fontFor(codePoint) !== undefined;
  }

  fontFor(codePoint: number): NamedFont | undefined {
    if (!this.choice.has(codePoint)) this.choice.set(codePoint, this.fonts.find(({ font }) => font.has(codePoint)));
    return this.choice.get(codePoint);
  }

  /** The text in runs of one font; a character no font has goes with its neighbours (it draws as .notdef). */
  runs(text: string): TextRun[] {
    const first = this.fonts[0];
    if (!first) throw new Error('a font stack needs at least one font');
    // One font (no fallback loaded): every character is drawn with it.
    if (this.fonts.length === 1) return text === '' ? [] : [{ ...first, text }];
    const runs: TextRun[] = [];
    let current: TextRun | undefined;
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      const stays = current !== undefined && STAYS_WITH_PREVIOUS.test(char) && (current.font.has(codePoint) || !this.has(codePoint));
      const font = stays ? current : (this.fontFor(codePoint) ?? current ?? first);
      if (current && font && current.font === font.font) current.text += char;
      else runs.push((current = { ...(font ?? first), text: char }));
    }
    return runs;
  }

  measure(text: string, fontSize: number): number {
    if (this.fonts.length === 1) return this.measureRun(this.fonts[0]?.font, text, fontSize);
    return this.runs(text).reduce((width, run) => width + this.measureRun(run.font, run.text, fontSize), 0);
  }

  private measureRun(font: EmbeddedFont | undefined, text: string, fontSize: number): number {
    const measure = font && this.measures.get(font);
    return measure ? measure(text, fontSize) : 0;
  }
}
