import type * as Y from 'yjs';
import { LOCAL_EDIT } from './editOrigins.ts';
import type { TextKey } from './fieldKeys.ts';
import { editForInput, type TextEdit } from './inputEdit.ts';
import { write } from './write.ts';

export function textField(doc: Y.Doc, key: TextKey): Y.Text {
  return doc.getText(key);
}

export function readText(doc: Y.Doc, key: TextKey): string {
  return doc.getText(key).toString();
}

/** Applies edits to a field in one transaction, in the order given; false when refused (read-only). */
export function applyTextEdits(text: Y.Text, edits: readonly TextEdit[], origin: unknown = LOCAL_EDIT): boolean {
  const apply = () => {
    for (const edit of edits) {
      if (edit.deleteCount > 0) text.delete(edit.index, edit.deleteCount);
      if (edit.insert) text.insert(edit.index, edit.insert);
    }
  };
  if (text.doc) return write(text.doc, apply, origin);
  apply();
  return true;
}

/** Sets a field to a value as the smallest edit (where no input event says what was replaced). */
export function replaceText(text: Y.Text, value: string, origin: unknown = LOCAL_EDIT): boolean {
  const edit = editForInput(text.toString(), value);
  return edit ? applyTextEdits(text, [edit], origin) : true;
}
