import type { TextEdit } from './inputEdit.ts';

/** One typing edit as undo sees it: which field, what changed, the text it changed, and when (ms). */
export interface TypingStep {
  field: object;
  edit: TextEdit;
  before: string;
  at: number;
}

/** A pause this long in typing ends an undo step. */
export const TYPING_PAUSE_MS = 1500;

/** Spaces and punctuation end a word: the next letter starts a new undo step. */
const isBoundary = (char: string | undefined) => char !== undefined && /[\s\p{P}\p{S}]/u.test(char);

const isInsert = (e: TextEdit) => e.deleteCount === 0 && e.insert !== '';
const isDelete = (e: TextEdit) => e.deleteCount > 0 && e.insert === '';

/**
 * Whether a typing edit opens a new undo step instead of joining the previous one, so that one
 * Ctrl+Z takes back a word, not the whole field. A word keeps the spaces and punctuation typed
 * right after it ("hallo " is one step, "wereld" the next). A paste, a replaced selection, a jump
 * of the caret, another field, a pause, or a switch between typing and deleting each start afresh.
 */
export function startsNewUndoStep(previous: TypingStep | undefined, next: TypingStep): boolean {
  if (!previous || previous.field !== next.field || next.at - previous.at > TYPING_PAUSE_MS) return true;
  const last = previous.edit;
  const edit = next.edit;
  if (isInsert(edit)) {
    if (!isInsert(last) || last.insert.length > 1 || edit.insert.length > 1) return true;
    if (edit.index !== last.index + last.insert.length) return true;
    return isBoundary(next.before[edit.index - 1]) && !isBoundary(edit.insert[0]);
  }
  if (isDelete(edit)) {
    if (!isDelete(last)) return true;
    // Backspace runs backwards from where the last deletion began; Delete stays in place.
    return edit.index + edit.deleteCount !== last.index && edit.index !== last.index;
  }
  return true;
}
