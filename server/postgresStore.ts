/** PostgreSQL as the shared store of several server instances: per room an append log, and legacy token hashes. */
import pg from 'pg';
import { compactUpdates } from './compactLog.ts';
import { inTransaction } from './pgTransaction.ts';
import type { CompactionResult, LogAppend, SyncStore } from './syncStore.ts';

/** Same layout as the SQLite store; `gesprek_envelopes` is the pre-log format, read as a room's first row. */
const TABLES = `
  CREATE TABLE IF NOT EXISTS gesprek_room_log (seq BIGSERIAL PRIMARY KEY, room TEXT NOT NULL, "update" BYTEA NOT NULL);
  CREATE INDEX IF NOT EXISTS gesprek_room_log_room ON gesprek_room_log (room, seq);
  CREATE TABLE IF NOT EXISTS gesprek_envelopes (
    room TEXT PRIMARY KEY, state BYTEA NOT NULL, updated_at TIMESTAMPTZ NOT NULL DEFAULT now());
  CREATE TABLE IF NOT EXISTS gesprek_room_access (
    room TEXT PRIMARY KEY, token_hash BYTEA NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now());
`;
/** Any fixed number: instances starting together create the tables one after the other. */
const TABLES_LOCK = 0x67657370;

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Tables go to the first schema on the search path; `?options=-c%20search_path%3Dname` picks one.
 * Instances append side by side (Yjs updates merge in any order); a compaction replaces exactly the
 * rows it read, under a per-room advisory lock, so rows another instance appends meanwhile stay.
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

  async loadLog(room: string): Promise<Uint8Array[]> {
    const result = await this.pool.query<{ update: Buffer }>(
      `SELECT state AS "update", 0 AS part, 0::bigint AS seq FROM gesprek_envelopes WHERE room = $1
       UNION ALL SELECT "update", 1, seq FROM gesprek_room_log WHERE room = $1 ORDER BY part, seq`,
      [room],
    );
    return result.rows.map((row) => row.update);
  }

  async append(rows: readonly LogAppend[]): Promise<void> {
    if (this.closed) throw new Error('store closed');
    await this.pool.query('INSERT INTO gesprek_room_log (room, "update") SELECT * FROM unnest($1::text[], $2::bytea[])', [
      rows.map((row) => row.room),
      rows.map((row) => asBuffer(row.update)),
    ]);
  }

  async compact(room: string): Promise<CompactionResult> {
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [room]);
      const legacy = await client.query<{ state: Buffer }>('SELECT state FROM gesprek_envelopes WHERE room = $1', [room]);
      const rows = await client.query<{ seq: string; update: Buffer }>('SELECT seq, "update" FROM gesprek_room_log WHERE room = $1 ORDER BY seq', [room]);
      const updates = [...legacy.rows.map((row) => row.state), ...rows.rows.map((row) => row.update)];
      const bytesBefore = updates.reduce((sum, update) => sum + update.length, 0);
      if (updates.length <= 1) return { rowsBefore: updates.length, bytesBefore, bytesAfter: bytesBefore };
      const state = compactUpdates(updates);
      await client.query('DELETE FROM gesprek_room_log WHERE room = $1 AND seq = ANY($2::bigint[])', [room, rows.rows.map((row) => row.seq)]);
      await client.query('DELETE FROM gesprek_envelopes WHERE room = $1', [room]);
      await client.query('INSERT INTO gesprek_room_log (room, "update") VALUES ($1, $2)', [room, asBuffer(state)]);
      return { rowsBefore: updates.length, bytesBefore, bytesAfter: state.length };
    });
  }

  async hasRoom(room: string): Promise<boolean> {
    const result = await this.pool.query<{ found: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM gesprek_room_log WHERE room = $1) OR EXISTS (SELECT 1 FROM gesprek_envelopes WHERE room = $1) AS found',
      [room],
    );
    return result.rows[0]?.found === true;
  }

  async storedBytes(): Promise<number> {
    const result = await this.pool.query<{ bytes: string }>(
      "SELECT (pg_total_relation_size('gesprek_room_log') + pg_total_relation_size('gesprek_envelopes'))::text AS bytes",
    );
    return Number(result.rows[0]?.bytes ?? 0);
  }

  async legacyTokenHash(room: string): Promise<Buffer | null> {
    const result = await this.pool.query<{ token_hash: Buffer }>('SELECT token_hash FROM gesprek_room_access WHERE room = $1', [room]);
    return result.rows[0]?.token_hash ?? null;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
