import type { FallbackFamily, FontSlice } from './fallbackFamily.ts';
import { inRanges } from './unicodeRanges.ts';

/**
 * The slices that may have the character, best first: by family order, then slice order. A
 * character can be listed in several slices' unicode-range (emoji parts of a sequence), and a
 * range can promise a character its slice lacks; the caller tries them in turn.
 */
export function sliceCandidates(codePoint: number, families: readonly FallbackFamily[], weight: 'regular' | 'bold'): FontSlice[] {
  return families.flatMap((family) => family[weight].filter((slice) => inRanges(slice.ranges, codePoint)));
}
