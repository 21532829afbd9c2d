import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { eventually } from '../src/test/eventually.ts';
import { GroupCommit } from './groupCommit.ts';
import { PostgresStore } from './postgresStore.ts';
import { SqliteStore } from './sqliteStore.ts';
import type { SyncStore } from './syncStore.ts';
import { makeTestDirs, type TestDirs } from './testing/testServer.ts';

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SCHEMA = `gesprek_log_${randomBytes(6).toString('hex')}`;
const schemaUrl = `${DATABASE_URL}${DATABASE_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${SCHEMA}`)}`;
const bytes = (length: number) => new Uint8Array(randomBytes(length));

let dirs: TestDirs;
let admin: pg.Client;
let sqlite: SqliteStore;
let postgres: PostgresStore;

beforeAll(async () => {
  dirs = await makeTestDirs();
  await mkdir(dirs.dataDir, { recursive: true });
  sqlite = new SqliteStore(dirs.dataDir);
  admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${SCHEMA}`);
  postgres = await PostgresStore.open(schemaUrl, () => {});
});
afterAll(async () => {
  sqlite?.close();
  await postgres?.close();
  await admin?.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await admin?.end();
  await dirs.cleanup();
});

/** A writer that records every update it makes, like a tablet's envelope. */
function writer() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return { doc, updates, entries: doc.getArray<Uint8Array>('entries') };
}

const entriesIn = (updates: Uint8Array[]): Uint8Array[] => {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getArray<Uint8Array>('entries').toArray();
};
const logBytes = async (store: SyncStore, room: string) => (await store.loadLog(room)).reduce((sum, u) => sum + u.length, 0);

describe.each([
  ['SQLite', () => sqlite],
  ['PostgreSQL', () => postgres],
])('append log in %s', (_name, storeOf) => {
  it('appends updates as rows and loads them in order; a room is known once it has a row', async () => {
    const store = storeOf();
    const room = `r${randomBytes(32).toString('base64url').slice(0, 43)}`;
    expect(await store.hasRoom(room)).toBe(false);
    const w = writer();
    const first = bytes(40);
    const second = bytes(40);
    w.entries.push([first]);
    w.entries.push([second]);
    await store.append(w.updates.map((update) => ({ room, update })));
    expect(await store.hasRoom(room)).toBe(true);
    expect(await store.loadLog(room)).toHaveLength(2);
    expect(entriesIn(await store.loadLog(room))).toEqual([first, second]);
  });

  it('compacts a room into one row without the deleted text, keeping what is live', async () => {
    const store = storeOf();
    const room = `r${randomBytes(32).toString('base64url').slice(0, 43)}`;
    const w = writer();
    const kept = bytes(300);
    w.entries.push([kept]);
    for (let i = 0; i < 180; i++) {
      w.entries.push([bytes(5000)]); // a snapshot …
      w.entries.delete(1, 1); // … replaced by the next one
    }
    await store.append(w.updates.map((update) => ({ room, update })));
    expect(await logBytes(store, room)).toBeGreaterThan(180 * 5000);
    const result = await store.compact(room);
    expect(result.rowsBefore).toBe(w.updates.length);
    expect(await store.loadLog(room)).toHaveLength(1);
    expect(await logBytes(store, room)).toBeLessThan(2000);
    expect(entriesIn(await store.loadLog(room))).toEqual([kept]);
  });
});

describe('both stores after compaction', () => {
  it('hold the same bytes for the same room within 10 %', async () => {
    const room = `r${randomBytes(32).toString('base64url').slice(0, 43)}`;
    const w = writer();
    for (let i = 0; i < 180; i++) {
      w.entries.push([bytes(5000)]);
      if (i > 0) w.entries.delete(0, 1);
    }
    for (const store of [sqlite, postgres]) {
      await store.append(w.updates.map((update) => ({ room, update })));
      await store.compact(room);
    }
    const [a, b] = [await logBytes(sqlite, room), await logBytes(postgres, room)];
    expect(Math.abs(a - b)).toBeLessThanOrEqual(0.1 * Math.min(a, b));
    expect(a).toBeLessThan(6000);
  });
});

describe('transition from the whole-state format', () => {
  it('reads an old `envelopes` row as the first log row, and compaction folds it into the log', async () => {
    const room = 'legacyRoomAAAAAAAAAAAA';
    const old = writer();
    const oldEntry = bytes(64);
    old.entries.push([oldEntry]);
    const db = new Database(join(dirs.dataDir, 'sync.sqlite'));
    db.prepare('INSERT INTO envelopes (room, state, updated_at) VALUES (?, ?, ?)').run(room, Y.encodeStateAsUpdate(old.doc), Date.now());
    await admin.query(`INSERT INTO ${SCHEMA}.gesprek_envelopes (room, state) VALUES ($1, $2)`, [room, Buffer.from(Y.encodeStateAsUpdate(old.doc))]);
    for (const store of [sqlite, postgres]) {
      expect(await store.hasRoom(room)).toBe(true);
      const later = writer();
      Y.applyUpdate(later.doc, Y.encodeStateAsUpdate(old.doc));
      const newEntry = bytes(64);
      later.entries.push([newEntry]);
      await store.append(later.updates.map((update) => ({ room, update })));
      expect(entriesIn(await store.loadLog(room))).toEqual([oldEntry, newEntry]);
      await store.compact(room);
      expect(await store.loadLog(room)).toHaveLength(1);
      expect(entriesIn(await store.loadLog(room))).toEqual([oldEntry, newEntry]);
    }
    expect(db.prepare('SELECT count(*) AS n FROM envelopes WHERE room = ?').get(room)).toEqual({ n: 0 });
    expect((await admin.query(`SELECT count(*)::int AS n FROM ${SCHEMA}.gesprek_envelopes WHERE room = $1`, [room])).rows[0]).toEqual({ n: 0 });
    db.close();
  });
});

describe('group commit', () => {
  it('writes everything that arrives in one turn in one transaction, and the next arrivals in the next', async () => {
    const writes: number[][] = [];
    const done: number[] = [];
    let release: () => void = () => {};
    const commit = new GroupCommit<number>(
      (rows) => {
        writes.push(rows);
        return new Promise<void>((resolve) => (release = resolve));
      },
      (rows) => done.push(...rows),
      0,
    );
    for (const n of [1, 2, 3]) commit.add(n);
    await eventually(() => writes.length === 1); // the first write is under way (held open)
    for (const n of [4, 5]) commit.add(n); // arrive while it is pending
    release();
    await eventually(() => writes.length === 2);
    release();
    await commit.drain();
    expect(writes).toEqual([[1, 2, 3], [4, 5]]);
    expect(done).toEqual([1, 2, 3, 4, 5]);
  });

  it('reports a failed write for its rows only', async () => {
    const failed: number[] = [];
    const stored: number[] = [];
    const commit = new GroupCommit<number>(
      (rows) => {
        if (rows.includes(1)) throw new Error('disk full');
      },
      (rows, error) => (error ? failed : stored).push(...rows),
      0,
    );
    commit.add(1);
    await commit.drain();
    commit.add(2);
    await commit.drain();
    expect({ failed, stored }).toEqual({ failed: [1], stored: [2] });
  });
});
