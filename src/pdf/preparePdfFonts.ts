import type { FormSnapshot } from '../domain/form/formSnapshot.ts';
import type { PdfFontBytes } from './embedPdfFonts.ts';
import type { FallbackFamily, FontSlice } from './fallback/fallbackFamily.ts';
import { characters, NOTHING_MISSING, type MissingCharacters } from './fallback/missingCharacters.ts';
import { neededCharacters } from './fallback/neededCharacters.ts';
import { sliceCandidates } from './fallback/planSlices.ts';
import { parseTrueType } from './trueType/trueTypeFont.ts';
import { woffToSfnt } from './trueType/woff.ts';

export type FetchFontBytes = (url: string) => Promise<Uint8Array>;

export interface PreparedPdfFonts {
  fonts: PdfFontBytes;
  missing: MissingCharacters;
}

type Weight = 'regular' | 'bold';

interface LoadedSlice {
  /** The TrueType font, or undefined when it could not be fetched. */
  bytes: Uint8Array | undefined;
  has(codePoint: number): boolean;
}

/**
 * The fonts a printout needs: DejaVu Sans, and for the characters it lacks the fallback slices
 * that have them, fetched from our own server (the service worker keeps each for offline use).
 * Says which characters cannot be printed, and why, so the app can tell before export.
 */
export async function preparePdfFonts(form: FormSnapshot, base: PdfFontBytes, fetchBytes: FetchFontBytes): Promise<PreparedPdfFonts> {
  const dejaVu = { regular: parseTrueType(base.regular).cmap, bold: parseTrueType(base.bold).cmap };
  const needed = neededCharacters(form, { regular: (cp) => dejaVu.regular.has(cp), bold: (cp) => dejaVu.bold.has(cp) });
  if (needed.regular.size === 0 && needed.bold.size === 0) return { fonts: base, missing: NOTHING_MISSING };

  // Loaded only now: the slice list and unicode-ranges are a chunk of their own.
  const { FALLBACK_FAMILIES } = await import('./fallback/fallbackFamilies.ts');
  const loads = new Map<string, Promise<LoadedSlice>>();
  const load = (slice: FontSlice) => {
    let loading = loads.get(slice.id);
    if (!loading) loads.set(slice.id, (loading = loadSlice(slice, fetchBytes)));
    return loading;
  };
  const [regular, bold] = await Promise.all([
    resolveWeight(needed.regular, FALLBACK_FAMILIES, 'regular', load),
    resolveWeight(needed.bold, FALLBACK_FAMILIES, 'bold', load),
  ]);
  // Named in the order the printout meets them, not the order their fonts failed.
  const met = [...new Set([...needed.regular, ...needed.bold])];
  const inTextOrder = (codePoints: number[]) => characters(met.filter((cp) => codePoints.includes(cp)));
  return {
    fonts: { ...base, fallbacks: { regular: regular.fonts, bold: bold.fonts } },
    missing: {
      offline: inTextOrder([...regular.offline, ...bold.offline]),
      unsupported: inTextOrder([...regular.unsupported, ...bold.unsupported]),
    },
  };
}

/**
 * Each character gets the first candidate slice that has it; the candidates are tried in rounds,
 * each round's slices fetched together. A character whose only slices with it could not be
 * fetched is "offline"; one that no slice has is "unsupported".
 */
async function resolveWeight(codePoints: ReadonlySet<number>, families: readonly FallbackFamily[], weight: Weight, load: (slice: FontSlice) => Promise<LoadedSlice>) {
  const used = new Set<FontSlice>();
  const offline: number[] = [];
  const unsupported: number[] = [];
  const pending = [...codePoints].map((codePoint) => ({ codePoint, candidates: sliceCandidates(codePoint, families, weight), fetchFailed: false }));
  while (pending.length > 0) {
    const round = pending.splice(0);
    await Promise.all(
      round.map(async (entry) => {
        const slice = entry.candidates.shift();
        if (!slice) return (entry.fetchFailed ? offline : unsupported).push(entry.codePoint);
        const loaded = await load(slice);
        if (loaded.bytes && loaded.has(entry.codePoint)) return used.add(slice);
        entry.fetchFailed ||= !loaded.bytes;
        return pending.push(entry);
      }),
    );
  }
  const order = families.flatMap((family) => family[weight]);
  const slices = [...used].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const fonts = (await Promise.all(slices.map(load))).flatMap(({ bytes }) => (bytes ? [bytes] : []));
  return { fonts, offline, unsupported };
}

async function loadSlice(slice: FontSlice, fetchBytes: FetchFontBytes): Promise<LoadedSlice> {
  let woff: Uint8Array;
  try {
    woff = await fetchBytes(slice.url);
  } catch {
    return { bytes: undefined, has: () => false };
  }
  // A fetched file that does not decode is a fault of ours, not of the network: it throws.
  const bytes = await woffToSfnt(woff);
  const { cmap } = parseTrueType(bytes);
  return { bytes, has: (cp) => cmap.has(cp) };
}
