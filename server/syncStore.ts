/** The one shape every store has: SQLite (one instance) or PostgreSQL (several instances). */

/** SQLite answers synchronously, PostgreSQL asynchronously; callers always await. */
export type MaybePromise<T> = T | Promise<T>;

export interface LogAppend {
  room: string;
  /** A Yjs update of the room's envelope, as received (ciphertext entries only). */
  update: Uint8Array;
}

/** What a compaction did: rows and bytes of the room's log before and after. */
export interface CompactionResult {
  rowsBefore: number;
  bytesBefore: number;
  bytesAfter: number;
}

/**
 * The server's only state: per room an append log of envelope updates (ciphertext entries), and
 * for legacy (pre-v2) rooms the SHA-256 hash of the room's token. Nothing in a store can be
 * decrypted without the tablets' key. See docs/sync-server.md.
 */
export interface SyncStore {
  /** The room's updates, oldest first; a pre-log whole-room state (old `envelopes` row) comes first. */
  loadLog(room: string): MaybePromise<Uint8Array[]>;
  /** Appends all rows in one transaction: all are stored or none. */
  append(rows: readonly LogAppend[]): MaybePromise<void>;
  /** Replaces the room's rows by one garbage-collected state, in one transaction (rows added meanwhile stay). */
  compact(room: string): MaybePromise<CompactionResult>;
  /** Whether the store has anything for the room (a room not in the store is a new room). */
  hasRoom(room: string): MaybePromise<boolean>;
  /** Bytes the store takes (for the storage high-water mark). */
  storedBytes(): MaybePromise<number>;
  /** The token hash of a legacy (pre-v2) room, null if it has none; rows are never added any more. */
  legacyTokenHash(room: string): MaybePromise<Buffer | null>;
  /** Throws when the store cannot be reached (for the health check). */
  ping(): MaybePromise<void>;
  close(): MaybePromise<void>;
}
