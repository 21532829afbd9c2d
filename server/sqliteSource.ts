/** Reads a SQLite store (`sync.sqlite`) room by room, read-only, for the migration to PostgreSQL. */
import Database from 'better-sqlite3';

export interface SourceRoom {
  room: string;
  /** The pre-log whole state (`envelopes`), if the room still has one; `updatedAt` in ms. */
  envelope: { state: Buffer; updatedAt: number } | null;
  /** The append log (`room_log` and the not yet folded `room_tail`), oldest first. */
  log: Buffer[];
  /** The legacy access row (`room_access`); `createdAt` in ms. */
  access: { tokenHash: Buffer; createdAt: number } | null;
}

const TABLES = ['room_log', 'room_tail', 'room_tail_compacted', 'envelopes', 'room_access'] as const;

export class SqliteSource {
  private readonly db: Database.Database;
  private readonly tables: Set<string>;
  /** `room_tail` by room: it has no index of its own, and is small (the server folds it into `room_log`). */
  private readonly tail = new Map<string, { seq: number; update: Buffer }[]>();

  /** Throws when the file is missing or holds none of the store's tables. */
  constructor(path: string) {
    this.db = new Database(path, { readonly: true, fileMustExist: true });
    const names = this.db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    this.tables = new Set(names.map((row) => row.name).filter((name) => (TABLES as readonly string[]).includes(name)));
    if (this.tables.size === 0) {
      this.db.close();
      throw new Error('not a store of this app (no room_log, envelopes or room_access table)');
    }
    if (!this.tables.has('room_tail')) return;
    // A compacted room's older tail rows are in its compacted state already (the server's fold drops them).
    const live = this.tables.has('room_tail_compacted')
      ? `SELECT t.seq, t.room, t."update" FROM room_tail t LEFT JOIN room_tail_compacted c ON c.room = t.room WHERE c.seq IS NULL OR t.seq > c.seq ORDER BY t.seq`
      : 'SELECT seq, room, "update" FROM room_tail ORDER BY seq';
    for (const row of this.db.prepare<[], { seq: number; room: string; update: Buffer }>(live).iterate()) {
      const rows = this.tail.get(row.room);
      if (rows) rows.push(row);
      else this.tail.set(row.room, [row]);
    }
  }

  rooms(): string[] {
    const parts = [...this.tables].filter((table) => table !== 'room_tail_compacted').map((table) => `SELECT room FROM ${table}`);
    return this.db.prepare<[], { room: string }>(`${parts.join(' UNION ')} ORDER BY room`).all().map((row) => row.room);
  }

  read(room: string): SourceRoom {
    const envelope = this.tables.has('envelopes')
      ? this.db.prepare<[string], { state: Buffer; updated_at: number }>('SELECT state, updated_at FROM envelopes WHERE room = ?').get(room)
      : undefined;
    const folded = this.tables.has('room_log')
      ? this.db.prepare<[string], { seq: number; update: Buffer }>('SELECT seq, "update" FROM room_log WHERE room = ? ORDER BY seq').all(room)
      : [];
    const log = [...folded, ...(this.tail.get(room) ?? [])].sort((a, b) => a.seq - b.seq);
    const access = this.tables.has('room_access')
      ? this.db.prepare<[string], { token_hash: Buffer; created_at: number }>('SELECT token_hash, created_at FROM room_access WHERE room = ?').get(room)
      : undefined;
    return {
      room,
      envelope: envelope ? { state: envelope.state, updatedAt: envelope.updated_at } : null,
      log: log.map((row) => row.update),
      access: access ? { tokenHash: access.token_hash, createdAt: access.created_at } : null,
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
