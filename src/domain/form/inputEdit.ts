import { simpleDiffString } from 'lib0/diff';

/** One edit of a text field: delete `deleteCount` characters at `index`, then insert `insert` there. */
export interface TextEdit {
  index: number;
  deleteCount: number;
  insert: string;
}

/** The field's selection when the input event began (selectionStart/End at `beforeinput`). */
export interface InputRange {
  start: number;
  end: number;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Deletions that remove text before the caret (Backspace and its word/line forms). */
const deletesBackward = (inputType: string) => inputType.startsWith('delete') && inputType.endsWith('Backward');
const deletesForward = (inputType: string) => inputType.startsWith('delete') && inputType.endsWith('Forward');

/** The edit "replace before[from, to) by whatever `after` holds there", if `after` really is that. */
function replacing(before: string, from: number, to: number, after: string): TextEdit | undefined {
  if (from < 0 || to > before.length || from > to) return undefined;
  const keptTail = before.length - to;
  const insertEnd = after.length - keptTail;
  if (insertEnd < from) return undefined;
  if (!after.startsWith(before.slice(0, from)) || !after.endsWith(before.slice(to))) return undefined;
  // Never cut a surrogate pair in two: Yjs would store a lone half.
  if (from > 0 && isHighSurrogate(before.charCodeAt(from - 1))) return undefined;
  return { index: from, deleteCount: to - from, insert: after.slice(from, insertEnd) };
}

/**
 * What an input event did to a field, from the field's value before and after it and the
 * selection at `beforeinput`. A non-empty selection is what the person replaced: it is deleted
 * whole and the new text inserted, so no letter of the old text is mistaken for part of the new
 * one (the old minimal diff kept a shared first letter, which the other tablet's concurrent
 * replacement then deleted). Backspace/Delete remove text beside a collapsed caret; typing inserts
 * at it. Only when none of these explains `after` (autocorrect elsewhere in the field, an unknown
 * event) does it fall back to the minimal diff.
 */
export function editForInput(before: string, after: string, range?: InputRange, inputType = ''): TextEdit | undefined {
  if (before === after) return undefined;
  if (range) {
    const { start, end } = range;
    const candidates: Array<[number, number]> = [];
    if (start < end) candidates.push([start, end]);
    else if (deletesBackward(inputType)) candidates.push([after.length - (before.length - start), start]);
    else if (deletesForward(inputType)) candidates.push([start, start + before.length - after.length]);
    else candidates.push([start, start]);
    for (const [from, to] of candidates) {
      const edit = replacing(before, from, to, after);
      if (edit) return edit;
    }
  }
  const diff = simpleDiffString(before, after);
  return { index: diff.index, deleteCount: diff.remove, insert: diff.insert };
}

/** The text after an edit (for tests and for checking that an edit explains a value). */
export function applyEditToString(value: string, edit: TextEdit): string {
  return value.slice(0, edit.index) + edit.insert + value.slice(edit.index + edit.deleteCount);
}
