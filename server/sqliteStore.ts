/** SQLite file `${DATA_DIR}/sync.sqlite`: envelope states and token hashes, nothing else. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { SyncStore } from './syncStore.ts';

/**
 * The server's only state: per room the envelope Y.Doc (ciphertext entries) and the SHA-256 hash
 * of the room's connection token. Nothing here can be decrypted without the key on the tablets.
 */
export class SqliteStore implements SyncStore {
  private readonly db: Database.Database;
  private readonly selectEnvelope: Database.Statement<[string], { state: Buffer }>;
  private readonly upsertEnvelope: Database.Statement<[string, Buffer, number]>;
  private readonly selectTokenHash: Database.Statement<[string], { token_hash: Buffer }>;

  constructor(dataDir: string, fileName = 'sync.sqlite') {
    this.db = new Database(join(dataDir, fileName));
    // WAL with NORMAL sync survives a killed process (not a power cut mid-commit); writes stay cheap.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS envelopes (room TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS room_access (room TEXT PRIMARY KEY, token_hash BLOB NOT NULL, created_at INTEGER NOT NULL);
    `);
    this.selectEnvelope = this.db.prepare('SELECT state FROM envelopes WHERE room = ?');
    this.upsertEnvelope = this.db.prepare(
      'INSERT INTO envelopes (room, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(room) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
    );
    this.selectTokenHash = this.db.prepare('SELECT token_hash FROM room_access WHERE room = ?');
  }

  get isOpen(): boolean {
    return this.db.open;
  }

  loadEnvelope(room: string): Uint8Array | null {
    return this.selectEnvelope.get(room)?.state ?? null;
  }

  /** Ignored once closed: late debounced saves after shutdown must not throw. */
  saveEnvelope(room: string, state: Uint8Array): void {
    if (!this.db.open) return;
    this.upsertEnvelope.run(room, Buffer.from(state.buffer, state.byteOffset, state.byteLength), Date.now());
  }

  /** The token hash of a legacy (pre-v2) room; rows are never added any more. */
  legacyTokenHash(room: string): Buffer | null {
    return this.selectTokenHash.get(room)?.token_hash ?? null;
  }

  ping(): void {
    this.db.prepare('SELECT 1').get();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
