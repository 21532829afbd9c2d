/**
 * SQLite's append tail (sqliteStore.ts): appends go to `room_tail` in arrival order and are folded
 * into `room_log` in the background. Whatever the moment (before a fold, after, killed in between,
 * compacted with rows in both tables), a room loads the same updates in the same order; a file in
 * the format before the tail opens and serves unchanged.
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { eventually } from '../src/test/eventually.ts';
import { SqliteStore, type FoldOptions } from './sqliteStore.ts';
import { makeTestDirs, type TestDirs } from './testing/testServer.ts';
import { newTestRoom } from './testing/testRooms.ts';

const hex = (rows: Uint8Array[]) => rows.map((row) => Buffer.from(row).toString('hex'));
const NO_TIMER: Partial<FoldOptions> = { foldMs: 3_600_000, foldRows: 1_000_000 };

/** A writer that records every update it makes, like a tablet's envelope. */
function writer() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const entries = doc.getArray<Uint8Array>('entries');
  return { updates, add: (size: number) => entries.push([new Uint8Array(randomBytes(size))]), entries };
}

const entriesIn = (updates: Uint8Array[]): Uint8Array[] => {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getArray<Uint8Array>('entries').toArray();
};

let dirs: TestDirs;
const open: SqliteStore[] = [];
const openStore = (fold: Partial<FoldOptions> = NO_TIMER) => {
  const store = new SqliteStore(dirs.dataDir, { fold });
  open.push(store);
  return store;
};
const count = (table: string): number => {
  const db = new Database(join(dirs.dataDir, 'sync.sqlite'), { readonly: true });
  try {
    return db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n ?? 0;
  } finally {
    db.close();
  }
};

beforeEach(async () => {
  dirs = await makeTestDirs();
  await mkdir(dirs.dataDir, { recursive: true });
});
afterEach(async () => {
  for (const store of open.splice(0)) store.close();
  await dirs.cleanup();
});

describe('SQLite append tail', () => {
  it('loads the same updates in order before and after a fold, for every room', () => {
    const store = openStore();
    const rooms = [newTestRoom().room, newTestRoom().room];
    const writers = rooms.map(() => writer());
    for (let i = 0; i < 20; i++) {
      for (const w of writers) w.add(i === 7 ? 3000 : 93); // one big update goes straight to room_log
      store.append(rooms.map((room, r) => ({ room, update: writers[r]?.updates.at(-1) ?? new Uint8Array() })));
    }
    expect([count('room_tail'), count('room_log')]).toEqual([38, 2]);
    rooms.forEach((room, r) => expect(hex(store.loadLog(room))).toEqual(hex(writers[r]?.updates ?? [])));
    store.foldNow();
    expect([count('room_tail'), count('room_log')]).toEqual([0, 40]);
    rooms.forEach((room, r) => expect(hex(store.loadLog(room))).toEqual(hex(writers[r]?.updates ?? [])));
    expect(store.hasRoom(rooms[0] ?? '')).toBe(true);
  });

  it('a room known only from its tail rows exists', () => {
    const store = openStore();
    const room = newTestRoom().room;
    const w = writer();
    w.add(93);
    expect(store.hasRoom(room)).toBe(false);
    store.append([{ room, update: w.updates[0] ?? new Uint8Array() }]);
    expect(store.hasRoom(room)).toBe(true);
  });

  it('compaction takes folded and tail rows alike, and leaves other rooms’ tail rows', () => {
    const store = openStore();
    const [room, other] = [newTestRoom().room, newTestRoom().room];
    const w = writer();
    const o = writer();
    for (let i = 0; i < 5; i++) w.add(93);
    o.add(93);
    store.append([...w.updates.map((update) => ({ room, update })), { room: other, update: o.updates[0] ?? new Uint8Array() }]);
    store.foldNow();
    for (let i = 0; i < 5; i++) w.add(93);
    store.append(w.updates.slice(5).map((update) => ({ room, update })));
    w.entries.delete(0, 3);
    store.append([{ room, update: w.updates.at(-1) ?? new Uint8Array() }]);

    const result = store.compact(room);
    expect(result.rowsBefore).toBe(11);
    expect(store.loadLog(room)).toHaveLength(1);
    expect(hex(entriesIn(store.loadLog(room)))).toEqual(hex(w.entries.toArray()));
    expect(hex(store.loadLog(other))).toEqual(hex(o.updates));
    // Appends after the compaction are loaded after the compacted state, folded or not.
    w.add(93);
    store.append([{ room, update: w.updates.at(-1) ?? new Uint8Array() }]);
    expect(hex(entriesIn(store.loadLog(room)))).toEqual(hex(w.entries.toArray()));
    store.foldNow();
    expect(store.loadLog(room)).toHaveLength(2);
    expect(hex(entriesIn(store.loadLog(room)))).toEqual(hex(w.entries.toArray()));
  });

  it('a compaction before a kill stays: the dead tail rows are dropped at reopen, later rows kept', () => {
    const [room, other] = [newTestRoom().room, newTestRoom().room];
    const w = writer();
    const o = writer();
    const first = openStore();
    for (let i = 0; i < 6; i++) w.add(93);
    o.add(93);
    first.append([...w.updates.map((update) => ({ room, update })), { room: other, update: o.updates[0] ?? new Uint8Array() }]);
    w.entries.delete(0, 4);
    first.append([{ room, update: w.updates.at(-1) ?? new Uint8Array() }]);
    first.compact(room);
    w.add(93);
    first.append([{ room, update: w.updates.at(-1) ?? new Uint8Array() }]);
    expect(first.loadLog(room)).toHaveLength(2);
    first.close();
    expect(count('room_tail')).toBe(9); // compaction wrote no tail page: its rows wait for the fold
    const second = openStore();
    expect([count('room_tail'), count('room_tail_compacted')]).toEqual([0, 0]);
    expect(second.loadLog(room)).toHaveLength(2);
    expect(hex(entriesIn(second.loadLog(room)))).toEqual(hex(w.entries.toArray()));
    expect(hex(second.loadLog(other))).toEqual(hex(o.updates));
  });

  it('rows left in the tail (closed or killed before a fold) are there after reopening, then folded', () => {
    const room = newTestRoom().room;
    const w = writer();
    const first = openStore();
    for (let i = 0; i < 10; i++) {
      w.add(93);
      first.append([{ room, update: w.updates.at(-1) ?? new Uint8Array() }]);
    }
    first.close();
    expect(count('room_tail')).toBe(10);
    const second = openStore();
    expect([count('room_tail'), count('room_log')]).toEqual([0, 10]);
    expect(hex(second.loadLog(room))).toEqual(hex(w.updates));
    // The seq counter goes on past the folded rows: a new row comes last.
    w.add(93);
    second.append([{ room, update: w.updates.at(-1) ?? new Uint8Array() }]);
    expect(hex(second.loadLog(room))).toEqual(hex(w.updates));
  });

  it('folds as soon as the tail passes its row limit, a room per step, and after its time', async () => {
    const byRows = openStore({ foldMs: 3_600_000, foldRows: 5, roomsPerStep: 1 });
    const room = newTestRoom().room;
    const others = [newTestRoom().room, newTestRoom().room];
    const w = writer();
    const o = writer();
    for (let i = 0; i < 5; i++) w.add(93);
    o.add(93);
    byRows.append([...w.updates.map((update) => ({ room, update })), ...others.map((other) => ({ room: other, update: o.updates[0] ?? new Uint8Array() }))]);
    let steps = 0;
    while (count('room_tail') > 0) {
      // Appends between the steps of a background fold are kept.
      if (steps++ === 1) {
        w.add(93);
        byRows.append([{ room, update: w.updates.at(-1) ?? new Uint8Array() }]);
      }
      expect(hex(byRows.loadLog(room))).toEqual(hex(w.updates.slice(0, steps > 1 ? 6 : 5)));
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(steps).toBeGreaterThan(2);
    expect([count('room_log'), count('room_tail_compacted')]).toEqual([8, 0]);
    expect(hex(byRows.loadLog(room))).toEqual(hex(w.updates));
    for (const other of others) expect(hex(byRows.loadLog(other))).toEqual(hex(o.updates));
    byRows.close();
    const byTime = openStore({ foldMs: 50, foldRows: 1_000_000 });
    w.add(93);
    byTime.append([{ room, update: w.updates.at(-1) ?? new Uint8Array() }]);
    expect(count('room_tail')).toBe(1);
    await eventually(() => count('room_tail') === 0, 5_000, 'folded by time');
    expect(hex(byTime.loadLog(room))).toEqual(hex(w.updates));
  });

  it('opens a file in the format before the tail (room_log, envelopes, room_access) and serves it unchanged', () => {
    const room = newTestRoom().room;
    const legacyRoom = 'legacyRoomBBBBBBBBBBBB';
    const w = writer();
    for (let i = 0; i < 3; i++) w.add(93);
    const old = writer();
    old.add(64);
    const db = new Database(join(dirs.dataDir, 'sync.sqlite'));
    db.pragma('page_size = 1024');
    db.pragma('journal_mode = WAL');
    db.exec(`
      CREATE TABLE room_log (room TEXT NOT NULL, seq INTEGER NOT NULL, "update" BLOB NOT NULL, PRIMARY KEY (room, seq)) WITHOUT ROWID;
      CREATE TABLE envelopes (room TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at INTEGER NOT NULL);
      CREATE TABLE room_access (room TEXT PRIMARY KEY, token_hash BLOB NOT NULL, created_at INTEGER NOT NULL);
    `);
    w.updates.forEach((update, i) => db.prepare('INSERT INTO room_log (room, seq, "update") VALUES (?, ?, ?)').run(room, 40 + i, Buffer.from(update)));
    db.prepare('INSERT INTO envelopes (room, state, updated_at) VALUES (?, ?, ?)').run(legacyRoom, Buffer.from(old.updates[0] ?? []), Date.now());
    db.prepare('INSERT INTO room_access (room, token_hash, created_at) VALUES (?, ?, ?)').run(legacyRoom, Buffer.alloc(32, 7), Date.now());
    db.close();

    const store = openStore();
    expect(hex(store.loadLog(room))).toEqual(hex(w.updates));
    expect(hex(store.loadLog(legacyRoom))).toEqual(hex(old.updates));
    expect(store.legacyTokenHash(legacyRoom)).toEqual(Buffer.alloc(32, 7));
    expect([store.hasRoom(room), store.hasRoom(legacyRoom)]).toEqual([true, true]);
    w.add(93);
    store.append([{ room, update: w.updates.at(-1) ?? new Uint8Array() }]);
    expect(hex(store.loadLog(room))).toEqual(hex(w.updates));
    store.foldNow();
    expect(hex(store.loadLog(room))).toEqual(hex(w.updates));
    store.compact(room);
    expect(hex(entriesIn(store.loadLog(room)))).toEqual(hex(w.entries.toArray()));
  });
});
