import type * as Y from 'yjs';
import type { TextKey } from './fieldKeys.ts';

export function textField(doc: Y.Doc, key: TextKey): Y.Text {
  return doc.getText(key);
}

export function readText(doc: Y.Doc, key: TextKey): string {
  return doc.getText(key).toString();
}
