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
  /** Sets the hash if the room has none yet (atomically), and returns the room's hash either way. */
  claimTokenHash(room: string, tokenHash: Buffer): MaybePromise<Buffer>;
  /** Throws when the store cannot be reached (for the health check). */
  ping(): MaybePromise<void>;
  close(): MaybePromise<void>;
}
