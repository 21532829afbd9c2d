import type { Measure } from './layoutTypes.ts';

export interface WrapOptions {
  width: number;
  fontSize: number;
  bold: boolean;
  measure: Measure;
}

const segmenter = new Intl.Segmenter('nl', { granularity: 'grapheme' });

/**
 * Caches widths at size 1 (widths scale linearly with size): a 20-page field repeats many
 * words, and measuring through a font's shaper is the slow part.
 */
export function cachedMeasure(measure: Measure): Measure {
  const cache = new Map<string, number>();
  return (text, fontSize, bold) => {
    const key = (bold ? 'b' : 'r') + text;
    let unit = cache.get(key);
    if (unit === undefined) {
      unit = measure(text, 1, bold);
      cache.set(key, unit);
    }
    return unit * fontSize;
  };
}

/**
 * Greedy word wrap. Explicit newlines start a new line (an empty paragraph stays an empty line);
 * runs of spaces and tabs collapse; a word wider than the line is broken between graphemes,
 * so nothing is ever cut off.
 */
export function wrapText(text: string, options: WrapOptions): string[] {
  const lines: string[] = [];
  const paragraphs = text.replace(/\r\n?/g, '\n').split('\n');
  for (const paragraph of paragraphs) wrapParagraph(paragraph, options, lines);
  return lines;
}

function wrapParagraph(paragraph: string, options: WrapOptions, out: string[]): void {
  const { width, fontSize, bold, measure } = options;
  const words = paragraph.split(/[ \t\f\v\u2028\u2029]+/).filter((w) => w !== '');
  if (words.length === 0) {
    out.push('');
    return;
  }
  const space = measure(' ', fontSize, bold);
  let line = '';
  let lineWidth = 0;
  for (const word of words) {
    const wordWidth = measure(word, fontSize, bold);
    if (line !== '' && lineWidth + space + wordWidth <= width) {
      line += ' ' + word;
      lineWidth += space + wordWidth;
      continue;
    }
    if (line !== '') out.push(line);
    if (wordWidth <= width) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    const pieces = breakWord(word, options);
    const last = pieces.pop() ?? '';
    out.push(...pieces);
    line = last;
    lineWidth = measure(last, fontSize, bold);
  }
  out.push(line);
}

/** Splits an over-long word into pieces that each fit, at grapheme boundaries (never mid-letter). */
function breakWord(word: string, { width, fontSize, bold, measure }: WrapOptions): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const { segment } of segmenter.segment(word)) {
    const w = measure(segment, fontSize, bold);
    // A single grapheme wider than the line still goes on a line of its own rather than looping.
    if (piece !== '' && pieceWidth + w > width) {
      pieces.push(piece);
      piece = '';
      pieceWidth = 0;
    }
    piece += segment;
    pieceWidth += w;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}
