/** The entry ids (src/protocol entryId) of the entries a Yjs envelope update inserts. */
import * as Y from 'yjs';
import { entryId } from '../src/protocol/index.ts';

export interface UpdateEntries {
  /** Ids of the entries the update inserts. */
  ids: string[];
  /** Whether it also deletes (a compaction, or a token holder deleting). */
  deletes: boolean;
}

/** One decode of the update for both questions. */
export function updateEntries(update: Uint8Array): UpdateEntries {
  const { structs, ds } = Y.decodeUpdate(update);
  const ids: string[] = [];
  for (const struct of structs) {
    if (struct instanceof Y.Item && struct.content instanceof Y.ContentBinary) ids.push(entryId(struct.content.content));
  }
  return { ids, deletes: ds.clients.size > 0 };
}

/** Ids of the entries a loaded envelope holds. */
export function heldEntryIds(doc: Y.Doc): Set<string> {
  const ids = new Set<string>();
  for (const value of doc.getArray('entries').toArray()) if (value instanceof Uint8Array) ids.add(entryId(value));
  return ids;
}
