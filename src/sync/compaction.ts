/** Compaction rules for the envelope: when to compact, and the one-transaction swap of read entries for a snapshot. */
import type * as Y from 'yjs';
import { entryIdentity } from './envelope.ts';
import { envelopeEntries, isEntryBytes } from './envelopeDoc.ts';
import { ENVELOPE_ORIGIN } from './origins.ts';

export interface CompactionLimits {
  /** Compact when this tablet has read more entries than this… */
  maxEntries: number;
  /** …or more bytes than this (and more than twice the last snapshot, so a big gesprek does not compact on every keystroke). */
  maxBytes: number;
}

export const DEFAULT_COMPACTION: CompactionLimits = { maxEntries: 200, maxBytes: 512 * 1024 };

export function needsCompaction(
  read: { count: number; bytes: number },
  limits: CompactionLimits,
  lastSnapshotBytes: number,
): boolean {
  if (read.count > limits.maxEntries) return true;
  return read.count > 1 && read.bytes > limits.maxBytes && read.bytes > 2 * lastSnapshotBytes;
}

/**
 * Delete exactly the entries named in `readIds` (by identity, never by a remembered index) and
 * append the snapshot that contains them. Entries nobody here could read stay. A concurrent
 * compaction elsewhere deletes only what it read, and its snapshot holds that: merging is safe.
 */
export function replaceEntries(envelope: Y.Doc, readIds: ReadonlySet<string>, snapshotEntry: Uint8Array): void {
  const entries = envelopeEntries(envelope);
  envelope.transact(() => {
    const values = entries.toArray();
    for (let i = values.length - 1; i >= 0; i--) {
      const value = values[i];
      if (isEntryBytes(value) && readIds.has(entryIdentity(value))) entries.delete(i, 1);
    }
    entries.push([snapshotEntry]);
  }, ENVELOPE_ORIGIN);
}
