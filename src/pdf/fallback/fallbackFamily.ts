import { parseUnicodeRange, type UnicodeRanges } from './unicodeRanges.ts';

/** One file of a fallback font: the characters it has (its unicode-range) and where it is served. */
export interface FontSlice {
  /** "noto-sans-sc-117-400": family, slice and weight, unique. */
  id: string;
  ranges: UnicodeRanges;
  url: string;
}

/** A fallback font family, cut by its publisher into slices per unicode-range, for each weight printed. */
export interface FallbackFamily {
  name: string;
  regular: readonly FontSlice[];
  bold: readonly FontSlice[];
}

export interface FamilySource {
  /** fontsource's package name without scope, also the files' prefix: "noto-sans-sc". */
  name: string;
  /** The package's unicode.json: slice name ("thai", "[117]") → CSS unicode-range. */
  unicode: Readonly<Record<string, string>>;
  /** Bundled file path → URL, as `import.meta.glob(…, { query: '?url', eager: true })` gives them. */
  files: Readonly<Record<string, string>>;
  regularWeight: number;
  boldWeight: number;
}

const FILE = /\/([^/]+)-(\d{3})-normal\.woff$/;

/** The family's slices per printed weight, from the package's file names and unicode.json. */
export function fallbackFamily({ name, unicode, files, regularWeight, boldWeight }: FamilySource): FallbackFamily {
  const byWeight = new Map<number, FontSlice[]>();
  for (const [path, url] of Object.entries(files)) {
    const match = FILE.exec(path);
    const stem = match?.[1] ?? '';
    if (!match || !stem.startsWith(`${name}-`)) throw new Error(`unexpected font file ${path}`);
    const key = stem.slice(name.length + 1);
    const range = unicode[key] ?? unicode[`[${key}]`];
    if (range === undefined) throw new Error(`no unicode-range for ${path}`);
    const weight = Number(match[2]);
    const slices = byWeight.get(weight) ?? [];
    slices.push({ id: `${stem}-${weight}`, ranges: parseUnicodeRange(range), url });
    byWeight.set(weight, slices);
  }
  return { name, regular: byWeight.get(regularWeight) ?? [], bold: byWeight.get(boldWeight) ?? [] };
}
