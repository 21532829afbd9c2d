/** The entry ids (src/protocol entryId) of the entries a Yjs envelope update inserts. */
import * as Y from 'yjs';
import { entryId } from '../src/protocol/index.ts';

export function insertedEntryIds(update: Uint8Array): string[] {
  const ids: string[] = [];
  for (const struct of Y.decodeUpdate(update).structs) {
    if (struct instanceof Y.Item && struct.content instanceof Y.ContentBinary) ids.push(entryId(struct.content.content));
  }
  return ids;
}

/** Ids of the entries a loaded envelope holds. */
export function heldEntryIds(doc: Y.Doc): Set<string> {
  const ids = new Set<string>();
  for (const value of doc.getArray('entries').toArray()) if (value instanceof Uint8Array) ids.add(entryId(value));
  return ids;
}
