/** One room's log merged into one state without deleted content (unlike Y.mergeUpdates, which keeps it). */
import * as Y from 'yjs';

export function compactUpdates(updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: true });
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}
