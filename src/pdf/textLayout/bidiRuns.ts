import bidiFactory from 'bidi-js';
import { scriptKeyOf } from './scripts.ts';

/** A stretch of a line that is shaped as one: one direction, one script. */
export interface VisualRun {
  text: string;
  rtl: boolean;
}

const bidi = bidiFactory();

/**
 * One line of text as runs in visual order (left to right), by the Unicode bidi algorithm with
 * the paragraph direction taken from the line's first strong character. Characters that resolve
 * right to left are mirrored where Unicode says so (brackets); each run is still in logical
 * order and is reversed by the shaper after shaping.
 */
export function visualRuns(line: string): VisualRun[] {
  if (line === '') return [];
  // Most lines have nothing that could run right to left: every level is 0, nothing is mirrored
  // or reordered, and the bidi algorithm (a third of shaping) can be skipped.
  if (isLeftToRightOnly(line)) return runsOf(line, new Uint8Array(line.length), Array.from({ length: line.length }, (_, i) => i));
  return visualRunsByBidi(line);
}

/** The same by the full bidi algorithm, whatever the line holds (exported for the test that the shortcut agrees). */
export function visualRunsByBidi(line: string): VisualRun[] {
  if (line === '') return [];
  const levels = bidi.getEmbeddingLevels(line);
  const text = mirrored(line, levels.levels);
  // Visual position of each UTF-16 unit; a run is where positions step by one in its direction.
  const position = new Array<number>(text.length);
  bidi.getReorderedIndices(text, levels).forEach((unit, visual) => (position[unit] = visual));
  return runsOf(text, levels.levels, position);
}

/** The line cut where direction, visual order or script changes, as runs from left to right. */
function runsOf(text: string, levels: Uint8Array, position: readonly number[]): VisualRun[] {
  const runs: Array<VisualRun & { left: number }> = [];
  let start = 0;
  let script = scriptKeyOf(text, 0);
  for (let i = 1; i <= text.length; i++) {
    const rtl = ((levels[start] ?? 0) & 1) === 1;
    const unitScript = i < text.length ? scriptKeyOf(text, i) : undefined;
    const continues =
      isLowSurrogate(text.charCodeAt(i)) ||
      (i < text.length &&
      ((levels[i] ?? 0) & 1) === (rtl ? 1 : 0) &&
      position[i] === (position[i - 1] ?? 0) + (rtl ? -1 : 1) &&
      (unitScript === null || script === null || unitScript === script));
    if (continues) {
      if (script === null) script = unitScript ?? null;
      continue;
    }
    runs.push({ text: text.slice(start, i), rtl, left: Math.min(position[start] ?? 0, position[i - 1] ?? 0) });
    start = i;
    script = unitScript ?? null;
  }
  return runs.sort((a, b) => a.left - b.left).map(({ text: runText, rtl }) => ({ text: runText, rtl }));
}

function mirrored(text: string, levels: Uint8Array): string {
  const swaps = bidi.getMirroredCharactersMap(text, levels);
  if (swaps.size === 0) return text;
  return text
    .split('')
    .map((unit, i) => swaps.get(i) ?? unit)
    .join('');
}

/**
 * Whether no character of the line can resolve right to left: all below Hebrew (Latin, Greek,
 * Cyrillic, Armenian, their marks; no strong R/AL, no Arabic number, no bidi control), or Latin
 * Extended Additional, Greek Extended and the punctuation and symbol blocks up to U+2BFF except
 * the bidi marks, embeddings, overrides and isolates. With no strong right-to-left character the
 * paragraph is left to right and European numbers become L (rule W7), so every level is 0.
 */
export function isLeftToRightOnly(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    if (unit < 0x0590) continue;
    if (unit < 0x1e00 || unit >= 0x2c00) return false;
    if ((unit >= 0x200b && unit <= 0x200f) || (unit >= 0x2028 && unit <= 0x202f) || (unit >= 0x205f && unit <= 0x206f)) return false;
  }
  return true;
}

const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
