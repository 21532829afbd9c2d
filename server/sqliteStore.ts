/** SQLite file `${DATA_DIR}/sync.sqlite`: per room an append log of envelope updates, and legacy token hashes. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { compactUpdates } from './compactLog.ts';
import type { CompactionResult, LogAppend, SyncStore } from './syncStore.ts';
import { TailIndex } from './tailIndex.ts';

/**
 * Appends go to `room_tail`, in arrival order (INTEGER PRIMARY KEY, no other index): a commit
 * dirties only the tail's last page or two, however many rooms are busy. The tail is folded into
 * `room_log`, keyed (room, seq) WITHOUT ROWID so one room's rows sit together for loading, in the
 * background in one transaction sorted by room: each room's page is written once per fold, not once
 * per update. `seq` is one counter over both tables. Compaction does not delete a room's tail rows
 * (scattered over the tail, that would write a page for each): it notes in `room_tail_compacted`
 * the seq of the room's new state, and the fold drops the room's tail rows older than it. 1 KiB pages (for new files; 512 B measured
 * worse, bench/serverDisk.ts). `envelopes` is the pre-log format (one whole state per room): read
 * as the room's first row, dropped by compaction. Files without `room_tail` get it at open.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS room_log (room TEXT NOT NULL, seq INTEGER NOT NULL, "update" BLOB NOT NULL, PRIMARY KEY (room, seq)) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS room_tail (seq INTEGER PRIMARY KEY, room TEXT NOT NULL, "update" BLOB NOT NULL);
  CREATE TABLE IF NOT EXISTS room_tail_compacted (room TEXT PRIMARY KEY, seq INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS envelopes (room TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS room_access (room TEXT PRIMARY KEY, token_hash BLOB NOT NULL, created_at INTEGER NOT NULL);
`;

export interface FoldOptions {
  /** The tail is folded into `room_log` this long after its first row... */
  foldMs: number;
  /** ...or as soon as it holds this many rows, whichever comes first. */
  foldRows: number;
  /** Rooms per transaction of a background fold: the event loop runs between them. */
  roomsPerStep: number;
}

/** ~30 s of updates per room share one page write; at 500 updates/s the tail stays under ~3 MB. */
export const DEFAULT_FOLD: FoldOptions = { foldMs: 300_000, foldRows: 50_000, roomsPerStep: 25 };

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export class SqliteStore implements SyncStore {
  private readonly db: Database.Database;
  private readonly selectLog: Database.Statement<[string], { seq: number; update: Buffer }>;
  private readonly selectTailRow: Database.Statement<[number], { update: Buffer }>;
  private readonly selectLegacy: Database.Statement<[string], { state: Buffer }>;
  private readonly insertRow: Database.Statement<[string, number, Buffer]>;
  private readonly insertTailRow: Database.Statement<[number, string, Buffer]>;
  private readonly deleteRows: Database.Statement<[string, number]>;
  private readonly markCompacted: Database.Statement<[string, number]>;
  private readonly deleteLegacy: Database.Statement<[string]>;
  private readonly selectAny: Database.Statement<[string, string], { found: number }>;
  private readonly selectTokenHash: Database.Statement<[string], { token_hash: Buffer }>;
  private readonly foldTail: () => void;
  private readonly tail = new TailIndex();
  private readonly fold: FoldOptions;
  private readonly log: (line: string) => void;
  private foldTimer: NodeJS.Timeout | undefined;
  private folding = false;
  private nextSeq: number;
  private readonly pageSize: number;

  constructor(
    dataDir: string,
    options: { fileName?: string; fold?: Partial<FoldOptions>; log?: (line: string) => void } = {},
  ) {
    this.fold = { ...DEFAULT_FOLD, ...options.fold };
    this.log = options.log ?? (() => undefined);
    this.db = new Database(join(dataDir, options.fileName ?? 'sync.sqlite'));
    this.db.pragma('page_size = 1024'); // only takes effect in a new file
    // WAL with NORMAL sync survives a killed process (not a power cut mid-commit); writes stay cheap.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('temp_store = MEMORY'); // the fold's sort never spills to a temporary file
    this.db.exec(SCHEMA);
    this.selectLog = this.db.prepare('SELECT seq, "update" FROM room_log WHERE room = ? ORDER BY seq');
    this.selectTailRow = this.db.prepare('SELECT "update" FROM room_tail WHERE seq = ?');
    this.selectLegacy = this.db.prepare('SELECT state FROM envelopes WHERE room = ?');
    this.insertRow = this.db.prepare('INSERT INTO room_log (room, seq, "update") VALUES (?, ?, ?)');
    this.insertTailRow = this.db.prepare('INSERT INTO room_tail (seq, room, "update") VALUES (?, ?, ?)');
    this.deleteRows = this.db.prepare('DELETE FROM room_log WHERE room = ? AND seq <= ?');
    this.deleteLegacy = this.db.prepare('DELETE FROM envelopes WHERE room = ?');
    this.selectAny = this.db.prepare(
      'SELECT EXISTS (SELECT 1 FROM room_log WHERE room = ?) OR EXISTS (SELECT 1 FROM envelopes WHERE room = ?) AS found',
    );
    this.selectTokenHash = this.db.prepare('SELECT token_hash FROM room_access WHERE room = ?');
    const moveTail = this.db.prepare(
      `INSERT INTO room_log (room, seq, "update") SELECT t.room, t.seq, t."update" FROM room_tail t
       LEFT JOIN room_tail_compacted c ON c.room = t.room WHERE c.seq IS NULL OR t.seq > c.seq ORDER BY t.room, t.seq`,
    );
    const clearTail = this.db.prepare('DELETE FROM room_tail');
    const clearCompacted = this.db.prepare('DELETE FROM room_tail_compacted');
    this.markCompacted = this.db.prepare('INSERT INTO room_tail_compacted (room, seq) VALUES (?, ?) ON CONFLICT (room) DO UPDATE SET seq = excluded.seq');
    this.foldTail = this.db.transaction(() => {
      moveTail.run();
      clearTail.run();
      clearCompacted.run();
    });
    // What a killed process left in the tail is folded now, so the index starts empty.
    this.foldTail();
    const last = this.db.prepare<[], { last: number | null }>('SELECT max(seq) AS last FROM room_log').get();
    this.nextSeq = (last?.last ?? 0) + 1;
    this.pageSize = this.db.pragma('page_size', { simple: true }) as number;
  }

  get isOpen(): boolean {
    return this.db.open;
  }

  /** Legacy state first, then the room's rows of both tables in seq order. */
  loadLog(room: string): Uint8Array[] {
    const legacy = this.selectLegacy.get(room)?.state;
    const rows = this.rowsOf(room).map((row) => row.update);
    return legacy ? [legacy, ...rows] : rows;
  }

  append(rows: readonly LogAppend[]): void {
    const seqs = this.db.transaction(() =>
      rows.map(({ room, update }) => {
        const seq = this.nextSeq++;
        // A big update (a snapshot) fills pages of its own anyway: the tail would only write it twice.
        if (update.byteLength >= this.pageSize) this.insertRow.run(room, seq, asBuffer(update));
        else this.insertTailRow.run(seq, room, asBuffer(update));
        return seq;
      }),
    )();
    rows.forEach(({ room, update }, i) => update.byteLength < this.pageSize && this.tail.add(room, seqs[i] ?? 0));
    this.scheduleFold();
  }

  /** Synchronous, so no append or fold can slip in between reading the rows and replacing them. */
  compact(room: string): CompactionResult {
    const result = this.db.transaction((): CompactionResult => {
      const legacy = this.selectLegacy.get(room)?.state;
      const rows = this.rowsOf(room);
      const updates = [...(legacy ? [legacy] : []), ...rows.map((row) => row.update)];
      const bytesBefore = updates.reduce((sum, update) => sum + update.length, 0);
      if (updates.length <= 1) return { rowsBefore: updates.length, bytesBefore, bytesAfter: bytesBefore };
      const state = compactUpdates(updates);
      const last = rows[rows.length - 1];
      if (last) this.deleteRows.run(room, last.seq); // every folded row of the room
      this.deleteLegacy.run(room);
      const seq = this.nextSeq++;
      this.insertRow.run(room, seq, asBuffer(state));
      if (this.tail.has(room)) this.markCompacted.run(room, seq); // its tail rows are dead: the fold drops them
      return { rowsBefore: updates.length, bytesBefore, bytesAfter: state.length };
    })();
    if (result.rowsBefore > 1) this.tail.drop(room);
    return result;
  }

  hasRoom(room: string): boolean {
    return this.tail.has(room) || this.selectAny.get(room, room)?.found === 1;
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

  /** Folds the whole tail into `room_log` now, in one transaction (at open, and for tests). */
  foldNow(): void {
    clearTimeout(this.foldTimer);
    this.foldTimer = undefined;
    if (this.tail.rows === 0 || !this.db.open) return;
    try {
      this.foldTail();
      this.tail.clear();
    } catch (error) {
      // The rows stay in the tail (committed, loadable); the next append tries again.
      this.log(`could not fold the append tail: ${error instanceof Error ? error.message : 'unknown error'}`);
    }
  }

  /** The tail stays as it is: it is committed, and the next open folds it. */
  close(): void {
    clearTimeout(this.foldTimer);
    this.foldTimer = undefined;
    if (this.db.open) this.db.close();
  }

  /** The room's rows of `room_log` and of the tail, merged in seq order. */
  private rowsOf(room: string): { seq: number; update: Buffer }[] {
    const folded = this.selectLog.all(room);
    const tail = this.tailRowsOf(room);
    return tail.length === 0 ? folded : [...folded, ...tail].sort((a, b) => a.seq - b.seq);
  }

  private tailRowsOf(room: string): { seq: number; update: Buffer }[] {
    return this.tail.seqs(room).map((seq) => {
      const row = this.selectTailRow.get(seq);
      if (!row) throw new Error('a tail row is missing');
      return { seq, update: row.update };
    });
  }

  private scheduleFold(): void {
    if (this.folding) return;
    if (this.tail.rows >= this.fold.foldRows) {
      clearTimeout(this.foldTimer);
      this.foldTimer = setTimeout(() => this.foldInSteps(), 0); // after this commit's `stored` went out
    } else if (!this.foldTimer) {
      this.foldTimer = setTimeout(() => this.foldInSteps(), this.fold.foldMs);
    }
    this.foldTimer.unref();
  }

  /**
   * The background fold: `roomsPerStep` rooms per transaction (each room's rows at once, so its
   * page is still written once), noting each folded room in `room_tail_compacted` instead of
   * deleting its scattered rows; then one last transaction folds what came meanwhile and empties
   * the tail. One transaction for the whole tail held the event loop for seconds.
   */
  private foldInSteps(): void {
    clearTimeout(this.foldTimer);
    this.foldTimer = undefined;
    this.folding = true;
    const rooms = this.tail.rooms();
    const step = () => {
      try {
        if (!this.db.open) return;
        const group = rooms.splice(0, this.fold.roomsPerStep);
        if (group.length > 0) {
          this.foldRooms(group);
          setImmediate(step);
          return;
        }
        this.foldTail();
        this.tail.clear();
      } catch (error) {
        // The rows stay in the tail (committed, loadable); the next append schedules another fold.
        this.log(`could not fold the append tail: ${error instanceof Error ? error.message : 'unknown error'}`);
      }
      this.folding = false;
    };
    setImmediate(step);
  }

  private foldRooms(rooms: readonly string[]): void {
    this.db.transaction(() => {
      for (const room of rooms) {
        const rows = this.tailRowsOf(room);
        for (const row of rows) this.insertRow.run(room, row.seq, row.update);
        const last = rows[rows.length - 1];
        if (last) this.markCompacted.run(room, last.seq);
      }
    })();
    for (const room of rooms) this.tail.drop(room);
  }
}
