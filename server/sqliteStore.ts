/** SQLite file `${DATA_DIR}/sync.sqlite`: per room an append log of envelope updates, and legacy token hashes. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { compactUpdates } from './compactLog.ts';
import type { CompactionResult, LogAppend, SyncStore } from './syncStore.ts';

/**
 * `room_log` is keyed (room, seq) WITHOUT ROWID, so one room's rows sit together and an append
 * dirties one small page; 1 KiB pages (for new files; 512 B measured worse, bench/serverDisk.ts) keep that page small. `envelopes` is the
 * pre-log format (one whole state per room): read as the room's first row, dropped by compaction.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS room_log (room TEXT NOT NULL, seq INTEGER NOT NULL, "update" BLOB NOT NULL, PRIMARY KEY (room, seq)) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS envelopes (room TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS room_access (room TEXT PRIMARY KEY, token_hash BLOB NOT NULL, created_at INTEGER NOT NULL);
`;

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export class SqliteStore implements SyncStore {
  private readonly db: Database.Database;
  private readonly selectLog: Database.Statement<[string], { seq: number; update: Buffer }>;
  private readonly selectLegacy: Database.Statement<[string], { state: Buffer }>;
  private readonly insertRow: Database.Statement<[string, number, Buffer]>;
  private readonly deleteRows: Database.Statement<[string, number]>;
  private readonly deleteLegacy: Database.Statement<[string]>;
  private readonly selectAny: Database.Statement<[string, string], { found: number }>;
  private readonly selectTokenHash: Database.Statement<[string], { token_hash: Buffer }>;
  private nextSeq: number;

  constructor(dataDir: string, fileName = 'sync.sqlite') {
    this.db = new Database(join(dataDir, fileName));
    this.db.pragma('page_size = 1024'); // only takes effect in a new file
    // WAL with NORMAL sync survives a killed process (not a power cut mid-commit); writes stay cheap.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(SCHEMA);
    this.selectLog = this.db.prepare('SELECT seq, "update" FROM room_log WHERE room = ? ORDER BY seq');
    this.selectLegacy = this.db.prepare('SELECT state FROM envelopes WHERE room = ?');
    this.insertRow = this.db.prepare('INSERT INTO room_log (room, seq, "update") VALUES (?, ?, ?)');
    this.deleteRows = this.db.prepare('DELETE FROM room_log WHERE room = ? AND seq <= ?');
    this.deleteLegacy = this.db.prepare('DELETE FROM envelopes WHERE room = ?');
    this.selectAny = this.db.prepare(
      'SELECT EXISTS (SELECT 1 FROM room_log WHERE room = ?) OR EXISTS (SELECT 1 FROM envelopes WHERE room = ?) AS found',
    );
    this.selectTokenHash = this.db.prepare('SELECT token_hash FROM room_access WHERE room = ?');
    const last = this.db.prepare<[], { last: number | null }>('SELECT max(seq) AS last FROM room_log').get();
    this.nextSeq = (last?.last ?? 0) + 1;
  }

  get isOpen(): boolean {
    return this.db.open;
  }

  loadLog(room: string): Uint8Array[] {
    const legacy = this.selectLegacy.get(room)?.state;
    const rows = this.selectLog.all(room).map((row) => row.update);
    return legacy ? [legacy, ...rows] : rows;
  }

  append(rows: readonly LogAppend[]): void {
    this.db.transaction(() => {
      for (const { room, update } of rows) this.insertRow.run(room, this.nextSeq++, asBuffer(update));
    })();
  }

  /** Synchronous, so no append can slip in between reading the rows and replacing them. */
  compact(room: string): CompactionResult {
    return this.db.transaction((): CompactionResult => {
      const legacy = this.selectLegacy.get(room)?.state;
      const rows = this.selectLog.all(room);
      const updates = [...(legacy ? [legacy] : []), ...rows.map((row) => row.update)];
      const bytesBefore = updates.reduce((sum, update) => sum + update.length, 0);
      const last = rows[rows.length - 1];
      if (updates.length <= 1 || !last) return { rowsBefore: updates.length, bytesBefore, bytesAfter: bytesBefore };
      const state = compactUpdates(updates);
      this.deleteRows.run(room, last.seq);
      this.deleteLegacy.run(room);
      this.insertRow.run(room, this.nextSeq++, asBuffer(state));
      return { rowsBefore: updates.length, bytesBefore, bytesAfter: state.length };
    })();
  }

  hasRoom(room: string): boolean {
    return this.selectAny.get(room, room)?.found === 1;
  }

  storedBytes(): number {
    const pages = this.db.pragma('page_count', { simple: true }) as number;
    const size = this.db.pragma('page_size', { simple: true }) as number;
    return pages * size;
  }

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
