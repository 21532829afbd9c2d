import { readCmap, type CharacterMap } from './cmap.ts';
import { readOutlines, type GlyphOutlines } from './glyf.ts';
import { readMetrics, type FontMetrics } from './metrics.ts';
import { FAMILY, POSTSCRIPT_NAME, readName, SUBFAMILY } from './name.ts';
import { readTables, type Tables } from './sfnt.ts';

/** A parsed TrueType font: what embedding, measuring and subsetting need, nothing more. */
export interface TrueTypeFont {
  tables: Tables;
  metrics: FontMetrics;
  cmap: CharacterMap;
  outlines: GlyphOutlines;
  postscriptName: string;
  familyName: string;
  subfamilyName: string;
}

// Parsed once per file: the export first checks which characters the fonts have, then embeds them.
const parsed = new WeakMap<Uint8Array, TrueTypeFont>();

/** The font in the bytes; the same bytes give the same (read-only) parsed font. */
export function parseTrueType(bytes: Uint8Array): TrueTypeFont {
  let font = parsed.get(bytes);
  if (!font) parsed.set(bytes, (font = parseUncached(bytes)));
  return font;
}

function parseUncached(bytes: Uint8Array): TrueTypeFont {
  const tables = readTables(bytes);
  const metrics = readMetrics(tables);
  const postscriptName = readName(tables, POSTSCRIPT_NAME) ?? 'Font';
  return {
    tables,
    metrics,
    cmap: readCmap(tables),
    outlines: readOutlines(tables, metrics.numGlyphs, metrics.indexToLocFormat),
    postscriptName,
    familyName: readName(tables, FAMILY) ?? postscriptName,
    subfamilyName: readName(tables, SUBFAMILY) ?? 'Regular',
  };
}
