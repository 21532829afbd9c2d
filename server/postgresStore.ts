/** PostgreSQL as the shared store of several server instances: envelope states and token hashes. */
import pg from 'pg';
import { mergeUpdates } from 'yjs';
import { inTransaction } from './pgTransaction.ts';
import type { SyncStore } from './syncStore.ts';

const TABLES = `
  CREATE TABLE IF NOT EXISTS gesprek_envelopes (
    room TEXT PRIMARY KEY, state BYTEA NOT NULL, updated_at TIMESTAMPTZ NOT NULL DEFAULT now());
  CREATE TABLE IF NOT EXISTS gesprek_room_access (
    room TEXT PRIMARY KEY, token_hash BYTEA NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now());
`;
/** Any fixed number: instances starting together create the tables one after the other. */
const TABLES_LOCK = 0x67657370;

/**
 * Same content as the SQLite store (ciphertext states, token hashes), in tables created if missing.
 * Tables go to the first schema on the search path; `?options=-c%20search_path%3Dname` picks one.
 */
export class PostgresStore implements SyncStore {
  private closed = false;

  private constructor(private readonly pool: pg.Pool) {}

  /** Connects and creates the tables; rejects (and closes the pool) if the database is unusable. */
  static async open(connectionString: string, log: (line: string) => void): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString, max: 10 });
    // An idle connection dropped by the database: the pool replaces it; it must not crash the process.
    pool.on('error', (error) => log(`database connection lost: ${error.message}`));
    try {
      await inTransaction(pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [TABLES_LOCK]);
        await client.query(TABLES);
      });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresStore(pool);
  }

  async loadEnvelope(room: string): Promise<Uint8Array | null> {
    const result = await this.pool.query<{ state: Buffer }>('SELECT state FROM gesprek_envelopes WHERE room = $1', [room]);
    return result.rows[0]?.state ?? null;
  }

  /**
   * Merges the instance's state into what is stored, under the row's lock: two instances saving
   * one room (each holding entries the other has not seen, e.g. while Redis was away) keep both.
   */
  async saveEnvelope(room: string, state: Uint8Array): Promise<void> {
    if (this.closed) return;
    await inTransaction(this.pool, async (client) => {
      const inserted = await client.query(
        'INSERT INTO gesprek_envelopes (room, state, updated_at) VALUES ($1, $2, now()) ON CONFLICT (room) DO NOTHING',
        [room, asBuffer(state)],
      );
      if (inserted.rowCount !== 0) return;
      const stored = await client.query<{ state: Buffer }>('SELECT state FROM gesprek_envelopes WHERE room = $1 FOR UPDATE', [room]);
      const previous = stored.rows[0]?.state;
      const merged = previous ? mergeUpdates([previous, state]) : state;
      await client.query('UPDATE gesprek_envelopes SET state = $2, updated_at = now() WHERE room = $1', [room, asBuffer(merged)]);
    });
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  /** The token hash of a legacy (pre-v2) room; rows are never added any more. */
  async legacyTokenHash(room: string): Promise<Buffer | null> {
    const result = await this.pool.query<{ token_hash: Buffer }>('SELECT token_hash FROM gesprek_room_access WHERE room = $1', [room]);
    return result.rows[0]?.token_hash ?? null;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
