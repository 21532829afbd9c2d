/** Whether one room log already holds everything another holds (the same updates, or compacted since). */
import * as Y from 'yjs';

const sameBytes = (a: readonly Uint8Array[], b: readonly Uint8Array[]): boolean =>
  a.length === b.length && a.every((update, i) => Buffer.compare(update, b[i] ?? new Uint8Array()) === 0);

/** True when applying `source` to a room made of `target` would change nothing. */
export function logContains(target: readonly Uint8Array[], source: readonly Uint8Array[]): boolean {
  if (source.length === 0 || sameBytes(target, source)) return true;
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      for (const update of target) Y.applyUpdate(doc, update);
    });
    const before = Y.encodeStateAsUpdate(doc);
    doc.transact(() => {
      for (const update of source) Y.applyUpdate(doc, update);
    });
    return Buffer.compare(before, Y.encodeStateAsUpdate(doc)) === 0;
  } finally {
    doc.destroy();
  }
}
