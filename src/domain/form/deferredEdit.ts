import { transformCaret, type TextDeltaOp } from './caretTransform.ts';
import type { TextEdit } from './inputEdit.ts';

/** Where each old character went in one change delta (-1: deleted). */
function characterMap(delta: readonly TextDeltaOp[], length: number): Int32Array {
  const map = new Int32Array(length).fill(-1);
  let oldPos = 0;
  let newPos = 0;
  for (const op of delta) {
    if (op.retain !== undefined) {
      for (let i = 0; i < op.retain && oldPos < length; i++) map[oldPos++] = newPos++;
      if (oldPos >= length) break;
    } else if (op.insert !== undefined) {
      newPos += typeof op.insert === 'string' ? op.insert.length : 1;
    } else if (op.delete !== undefined) {
      oldPos += op.delete;
    }
  }
  for (; oldPos < length; oldPos++) map[oldPos] = newPos++;
  return map;
}

/**
 * An edit made against an older value of a field (while an IME composition held back the other
 * tablet's changes), rewritten as edits on the current text: the replaced characters that still
 * exist are deleted, anything the other tablet inserted in between is kept, and the new text
 * goes where the replaced range now starts. Returns the edits in the order to apply them.
 */
export function rebaseEdit(edit: TextEdit, since: readonly (readonly TextDeltaOp[])[], oldLength: number): TextEdit[] {
  let survivors = Array.from({ length: edit.deleteCount }, (_, i) => edit.index + i);
  let insertAt = edit.index;
  let length = oldLength;
  for (const delta of since) {
    const map = characterMap(delta, length);
    survivors = survivors.map((i) => map[i] ?? -1).filter((i) => i >= 0);
    insertAt = transformCaret(delta, insertAt);
    length += delta.reduce((sum, op) => sum + (typeof op.insert === 'string' ? op.insert.length : op.insert ? 1 : 0) - (op.delete ?? 0), 0);
  }
  if (survivors.length > 0) insertAt = Math.min(insertAt, survivors[0] ?? insertAt);
  const runs: Array<[number, number]> = [];
  for (const i of survivors) {
    const last = runs[runs.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else runs.push([i, i + 1]);
  }
  // Delete from the end so earlier indices stay valid; the insert point lies before every run.
  const edits: TextEdit[] = runs.reverse().map(([from, to]) => ({ index: from, deleteCount: to - from, insert: '' }));
  if (edit.insert) edits.push({ index: insertAt, deleteCount: 0, insert: edit.insert });
  return edits;
}
