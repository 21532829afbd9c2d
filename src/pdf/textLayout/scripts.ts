/**
 * The script of a run of text, decided as fontkit does: by its first character that belongs to a
 * real script (not Common, Inherited or Unknown). The tag selects the font's GSUB script and
 * whether the run is drawn right to left.
 */

// OpenType tags for the scripts DejaVu Sans and the fallback fonts cover.
const SCRIPT_TAGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{sc=Latin}/u, 'latn'],
  [/\p{sc=Greek}/u, 'grek'],
  [/\p{sc=Cyrillic}/u, 'cyrl'],
  [/\p{sc=Arabic}/u, 'arab'],
  [/\p{sc=Hebrew}/u, 'hebr'],
  [/\p{sc=Armenian}/u, 'armn'],
  [/\p{sc=Georgian}/u, 'geor'],
  [/\p{sc=Nko}/u, 'nko '],
  [/\p{sc=Coptic}/u, 'copt'],
  [/\p{sc=Lao}/u, 'lao '],
  [/\p{sc=Thai}/u, 'thai'],
  [/\p{sc=Canadian_Aboriginal}/u, 'cans'],
  [/\p{sc=Cherokee}/u, 'cher'],
  [/\p{sc=Ogham}/u, 'ogam'],
  [/\p{sc=Runic}/u, 'runr'],
  [/\p{sc=Braille}/u, 'brai'],
  [/\p{sc=Tifinagh}/u, 'tfng'],
  [/\p{sc=Lisu}/u, 'lisu'],
  [/\p{sc=Old_Italic}/u, 'ital'],
  [/\p{sc=Han}/u, 'hani'],
  [/\p{sc=Devanagari}/u, 'dev2'],
  [/[\p{sc=Hiragana}\p{sc=Katakana}]/u, 'kana'],
];

const NO_SCRIPT = /[\p{sc=Zyyy}\p{sc=Zinh}\p{sc=Zzzz}]/u;
const PRIVATE_USE = /\p{Co}/u;
const RIGHT_TO_LEFT = new Set(['arab', 'hebr', 'nko ', 'syrc', 'thaa']);

export interface RunScript {
  /** OpenType script tag; undefined when the font's default script applies. */
  tag: string | undefined;
  rtl: boolean;
}

export function scriptOf(text: string): RunScript {
  for (const char of text) {
    // fontkit knows no script for private-use characters and stops there, using the default.
    if (PRIVATE_USE.test(char)) return { tag: undefined, rtl: false };
    if (NO_SCRIPT.test(char)) continue;
    const tag = SCRIPT_TAGS.find(([pattern]) => pattern.test(char))?.[1];
    return { tag, rtl: tag !== undefined && RIGHT_TO_LEFT.has(tag) };
  }
  return { tag: undefined, rtl: false };
}
