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
    const script = charScript(char);
    if (script === null) continue;
    return { tag: script, rtl: script !== undefined && RIGHT_TO_LEFT.has(script) };
  }
  return { tag: undefined, rtl: false };
}

/**
 * What splits a line into script runs: the tag of the character starting at `index`, 'default' for
 * one the font has no tag for, null for none (Common, Inherited, Unknown, a surrogate pair's
 * second half), which stays with the run it is in.
 */
export function scriptKeyOf(text: string, index: number): string | null {
  const codePoint = text.codePointAt(index) ?? 0;
  if (codePoint >= 0xdc00 && codePoint <= 0xdfff) return null;
  const script = charScript(String.fromCodePoint(codePoint));
  return script === undefined ? 'default' : script;
}

// Every character of every line is asked for its script (a few regular expressions each): the
// answer per code point is kept, for the next PDF too.
const scriptByCodePoint = new Map<number, string | undefined | null>();

/** The character's script tag; undefined for a script without one; null for no script. */
function charScript(char: string): string | undefined | null {
  const codePoint = char.codePointAt(0) ?? 0;
  if (scriptByCodePoint.has(codePoint)) return scriptByCodePoint.get(codePoint);
  const script = scriptOfCharacter(char);
  scriptByCodePoint.set(codePoint, script);
  return script;
}

function scriptOfCharacter(char: string): string | undefined | null {
  // fontkit knows no script for private-use characters and stops there, using the default.
  if (PRIVATE_USE.test(char)) return undefined;
  if (NO_SCRIPT.test(char)) return null;
  return SCRIPT_TAGS.find(([pattern]) => pattern.test(char))?.[1];
}
