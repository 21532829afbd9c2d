/** The one shape every store has: SQLite (one instance) or PostgreSQL (several instances). */

/** SQLite answers synchronously, PostgreSQL asynchronously; callers always await. */
export type MaybePromise<T> = T | Promise<T>;

/**
 * The server's only state: per room the envelope Y.Doc (ciphertext entries) and the SHA-256 hash
 * of the room's connection token. Nothing in a store can be decrypted without the tablets' key.
 */
export interface SyncStore {
  loadEnvelope(room: string): MaybePromise<Uint8Array | null>;
  /** Replaces the room's stored state; ignored once the store is closed. */
  saveEnvelope(room: string, state: Uint8Array): MaybePromise<void>;
  /** The token hash of a legacy (pre-v2) room, null if it has none; rows are never added any more. */
  legacyTokenHash(room: string): MaybePromise<Buffer | null>;
  /** Throws when the store cannot be reached (for the health check). */
  ping(): MaybePromise<void>;
  close(): MaybePromise<void>;
}
