import type * as Y from 'yjs';
import { applyTextEdits } from '../form/textFields.ts';

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
export interface InsertOptions {
  /** The field is an <input>: separate with spaces, never with a newline. */
  singleLine?: boolean;
}

const isWhitespace = (char: string) => /\s/u.test(char);

/** A caret that lies inside the text and never between the two halves of an emoji. */
function safeCaret(current: string, caret: number): number {
  const at = Number.isFinite(caret) ? Math.min(Math.max(Math.trunc(caret), 0), current.length) : current.length;
  // Yjs would store a lone surrogate, which does not survive encoding: step past the pair.
  if (at > 0 && isHighSurrogate(current.charCodeAt(at - 1)) && isLowSurrogate(current.charCodeAt(at))) return at + 1;
  return at;
}

/**
 * Inserts a chosen example at the caret as one Y.Text insert, so it merges with the other
 * tablet's typing like any keystroke instead of replacing the field. Adds a newline (at the
 * end of a line) or a space (mid-line) where the example would otherwise stick to a word,
 * and a separator after it when a word follows. A single-line field (an <input>, which drops
 * line breaks) only ever gets spaces. Returns the caret just after the example.
 */
export function insertAtCaret(text: Y.Text, caret: number, example: string, options: InsertOptions = {}): number {
  const current = text.toString();
  const at = safeCaret(current, caret);
  // Inputs cannot hold line breaks; examples have none, but be safe with any text.
  const body = options.singleLine ? example.trim().replace(/\s*\n\s*/g, ' ') : example.trim();
  if (body === '') return at;

  const before = at > 0 ? current[at - 1] : undefined;
  const after = at < current.length ? current[at] : undefined;
  const newline = options.singleLine ? ' ' : '\n';
  const atLineStart = before === undefined || before === '\n';
  const atLineEnd = after === undefined || after === '\n';
  const prefix = before !== undefined && !isWhitespace(before) ? (atLineEnd ? newline : ' ') : '';
  const suffix = after !== undefined && !isWhitespace(after) ? (atLineStart ? newline : ' ') : '';

  // One edit, so one undo step takes exactly the example out again.
  if (!applyTextEdits(text, [{ index: at, deleteCount: 0, insert: prefix + body + suffix }])) return at;
  return at + prefix.length + body.length;
}
