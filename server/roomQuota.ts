/**
 * Bytes and entries per room, counted on the loaded envelope: an update that would take the room
 * past its quota is refused (CLOSE.roomFull) before it is applied. Deletions free room, so a
 * tablet's compaction (delete what it read, append one snapshot) passes even close to the limit.
 */
import * as Y from 'yjs';
import { CLOSE } from '../src/protocol/index.ts';
import { ENTRIES, type DeleteSet, type EnvelopeUpdate, type Refusal } from './envelopePolicy.ts';

export interface RoomQuota {
  maxBytes: number;
  maxEntries: number;
}

const binarySize = (item: Y.Item): number => (item.content instanceof Y.ContentBinary ? item.content.content.length : 0);

/**
 * Live entry bytes of one loaded envelope, kept current by observing its array. Each change is
 * read from its transaction (what it inserted and deleted), not from `event.changes`, which walks
 * every entry of the array on each keystroke.
 */
class RoomUsage {
  bytes = 0;
  readonly entries: Y.Array<unknown>;

  constructor(doc: Y.Doc) {
    this.entries = doc.getArray(ENTRIES);
    for (const value of this.entries.toArray()) if (value instanceof Uint8Array) this.bytes += value.length;
    this.entries.observe(({ transaction }) => {
      const { beforeState, afterState, deleteSet } = transaction;
      // Inserted and still there (an item deleted in the same transaction was never live).
      afterState.forEach((after, client) => {
        forEachStruct(doc, client, beforeState.get(client) ?? 0, after, (item) => {
          if (!item.deleted) this.bytes += binarySize(item);
        });
      });
      // Deleted, and live before this transaction. Observers run before GC: the content is still there.
      deleteSet.clients.forEach((ranges, client) => {
        const before = beforeState.get(client) ?? 0;
        for (const { clock, len } of ranges) forEachStruct(doc, client, clock, Math.min(clock + len, before), (item) => (this.bytes -= binarySize(item)));
      });
    });
  }
}

/** Every item of `client` from clock `from` up to `to` (exclusive). */
function forEachStruct(doc: Y.Doc, client: number, from: number, to: number, visit: (item: Y.Item) => void): void {
  for (let at = from; at < to; ) {
    const struct = Y.getItem(doc.store, Y.createID(client, at));
    if (struct instanceof Y.Item) visit(struct);
    at = struct.id.clock + struct.length;
  }
}

const usages = new WeakMap<Y.Doc, RoomUsage>();

export function usageOf(doc: Y.Doc): { bytes: number; entries: number } {
  let usage = usages.get(doc);
  if (!usage) {
    usage = new RoomUsage(doc);
    usages.set(doc, usage);
  }
  return { bytes: usage.bytes, entries: usage.entries.length };
}

export function quotaCheck(doc: Y.Doc, update: EnvelopeUpdate, quota: RoomQuota): Refusal | null {
  let bytes = 0;
  let entries = 0;
  for (const item of update.inserted) {
    if (Y.getState(doc.store, item.id.client) > item.id.clock) continue; // already here: a re-send
    bytes += binarySize(item);
    entries++;
  }
  if (entries === 0) return null;
  const freed = liveEntriesDeleted(doc, update.deletions);
  const usage = usageOf(doc);
  if (usage.bytes + bytes - freed.bytes > quota.maxBytes || usage.entries + entries - freed.entries > quota.maxEntries) {
    return { code: CLOSE.roomFull, reason: 'room quota' };
  }
  return null;
}

/** What the delete set removes of the entries the room has now. */
function liveEntriesDeleted(doc: Y.Doc, deletions: DeleteSet): { bytes: number; entries: number } {
  const freed = { bytes: 0, entries: 0 };
  deletions.clients.forEach((ranges, client) => {
    const known = Y.getState(doc.store, client);
    for (const { clock, len } of ranges) {
      for (let at = clock; at < Math.min(clock + len, known); ) {
        const struct = Y.getItem(doc.store, Y.createID(client, at));
        if (struct instanceof Y.Item && !struct.deleted) {
          freed.bytes += binarySize(struct);
          freed.entries += struct.content instanceof Y.ContentBinary ? struct.length : 0;
        }
        at = struct.id.clock + struct.length;
      }
    }
  });
  return freed;
}
