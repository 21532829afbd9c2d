/**
 * Apply an update and say whether the doc gained anything. Yjs's own test before it emits 'update'
 * (a non-empty delete set, or a client's clock moved), read from the transaction: listening for
 * 'update' instead would make Yjs encode the update again, on every keystroke.
 */
import * as Y from 'yjs';

export function applyIfNew(doc: Y.Doc, update: Uint8Array, origin: unknown): boolean {
  let added = false;
  const check = (transaction: Y.Transaction): void => {
    added ||= transaction.deleteSet.clients.size > 0 || clockMoved(transaction);
  };
  doc.on('afterTransaction', check);
  try {
    Y.applyUpdate(doc, update, origin);
  } finally {
    doc.off('afterTransaction', check);
  }
  return added;
}

function clockMoved({ beforeState, afterState }: Y.Transaction): boolean {
  for (const [client, clock] of afterState) if (beforeState.get(client) !== clock) return true;
  return false;
}
