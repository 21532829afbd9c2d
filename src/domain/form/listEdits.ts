import type * as Y from 'yjs';
import { write } from './write.ts';

/** Removes every occurrence of an id from a list of ids, in one edit. */
export function removeFromList(doc: Y.Doc, list: Y.Array<string>, id: string): boolean {
  const ids = list.toArray();
  if (!ids.includes(id)) return false;
  return write(doc, () => {
    for (let i = ids.length - 1; i >= 0; i--) if (ids[i] === id) list.delete(i, 1);
  });
}

/** Puts an id back at (about) its old place, unless it is listed already. */
export function restoreToList(doc: Y.Doc, list: Y.Array<string>, id: string, index: number): boolean {
  if (list.toArray().includes(id)) return false;
  return write(doc, () => list.insert(Math.min(Math.max(index, 0), list.length), [id]));
}
