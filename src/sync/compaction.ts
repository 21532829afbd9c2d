/** Compaction rules for the envelope: when to compact (by bytes), and the one-transaction swap of entries for a snapshot. */
import type * as Y from 'yjs';
import { entryId } from '../protocol/index.ts';
import { envelopeEntries, isEntryBytes } from './envelopeDoc.ts';
import { ENVELOPE_ORIGIN } from './origins.ts';

export interface CompactionLimits {
  /**
   * Compact when the entries this tablet has read hold more bytes than this, and more than twice
   * the last snapshot (so a big gesprek does not compact on every keystroke).
   */
  maxBytes: number;
}

export const DEFAULT_COMPACTION: CompactionLimits = { maxBytes: 64 * 1024 };

export function needsCompaction(read: { count: number; bytes: number }, limits: CompactionLimits, lastSnapshotBytes: number): boolean {
  return read.count > 1 && read.bytes > limits.maxBytes && read.bytes > 2 * lastSnapshotBytes;
}

/**
 * Delete exactly the entries named in `ids` (by entry id, never by a remembered index) and append
 * the snapshot that contains what they held. Entries of a newer version stay. A concurrent
 * compaction elsewhere deletes only what it read, and its snapshot holds that: merging is safe.
 */
export function replaceEntries(envelope: Y.Doc, ids: ReadonlySet<string>, snapshotEntry: Uint8Array): void {
  const entries = envelopeEntries(envelope);
  envelope.transact(() => {
    const values = entries.toArray();
    // From the end, one delete per run of neighbours: indexes before a run stay valid.
    for (let end = values.length; end > 0; ) {
      const doomed = (i: number) => {
        const value = values[i];
        return isEntryBytes(value) && ids.has(entryId(value));
      };
      if (!doomed(end - 1)) {
        end--;
        continue;
      }
      let start = end - 1;
      while (start > 0 && doomed(start - 1)) start--;
      entries.delete(start, end - start);
      end = start;
    }
    entries.insert(0, [snapshotEntry]); // at the front: the envelope is a set, and appending walks the whole list
  }, ENVELOPE_ORIGIN);
}
