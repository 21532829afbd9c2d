/**
 * `npm run migrate`: a SQLite store filled by the real server and real clients moves into a real
 * PostgreSQL, whole; a second run changes nothing; a server on PostgreSQL then serves every room to
 * fresh clients; a target with other data for a room refuses the whole run and stays as it was.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { eventually } from '../src/test/eventually.ts';
import { startServer } from './startServer.ts';
import { SqliteStore } from './sqliteStore.ts';
import { seedLegacyRoom } from './testing/legacyRooms.ts';
import { STORED_ROWS } from './testing/storedRows.ts';
import { entriesOf, readRoom } from './testing/roomReader.ts';
import { newLegacyRoomId, newTestRoom } from './testing/testRooms.ts';
import { connectClient, isSynced, makeTestDirs, startTestServer, type TestClient, type TestDirs } from './testing/testServer.ts';

// PostgreSQL is part of this machine kind: unreachable means FAIL, never skip.
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SCHEMA = `gesprek_migrate_${randomBytes(6).toString('hex')}`;
const schemaUrl = `${DATABASE_URL}${DATABASE_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${SCHEMA}`)}`;
const SCHOOL = 'Montessori Lyceum Zuidoost';

const pair = newTestRoom();
const solo = newTestRoom();
const legacy = { room: newLegacyRoomId(), token: newTestRoom().token };
const legacyEntries = [new Uint8Array([1, 2, 3, 4]), new Uint8Array([5, 6, 7])];
let admin: pg.Client;
let dirs: TestDirs;
const clients: TestClient[] = [];

beforeAll(async () => {
  admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect().catch((error: unknown) => {
    throw new Error(`PostgreSQL is not reachable at ${DATABASE_URL} (${String(error)}); the migration tests need it`);
  });
  await admin.query(`CREATE SCHEMA ${SCHEMA}`);
  dirs = await makeTestDirs();
  await seedLegacy(dirs.dataDir);
  // Two rooms filled by the real server on SQLite, with real encrypted clients.
  const sqliteServer = await startTestServer(dirs);
  const a = await connectClient(sqliteServer.url, pair.room, pair.key);
  const b = await connectClient(sqliteServer.url, pair.room, pair.key);
  const c = await connectClient(sqliteServer.url, solo.room, solo.key);
  a.doc.getText('school').insert(0, SCHOOL);
  b.doc.getArray('acties').push(['Wijkagent belt ouders']);
  c.doc.getText('school').insert(0, 'Het Baken');
  await eventually(() => [a, b, c].every(isSynced) && a.doc.getArray('acties').length === 1 && b.doc.getText('school').length > 0, 10_000, 'stored');
  for (const client of [a, b, c]) client.sync.destroy();
  await sqliteServer.stop();
});
afterAll(async () => {
  for (const c of clients) c.sync.destroy();
  await admin?.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`).catch(() => undefined);
  await admin?.end().catch(() => undefined);
  await dirs?.cleanup();
});

/** A pre-v2 room: its access row and an old whole-state `envelopes` row, as only an old server made them. */
async function seedLegacy(dataDir: string): Promise<void> {
  await seedLegacyRoom(dataDir, legacy.room, legacy.token);
  const old = new Y.Doc();
  old.getArray('entries').push(legacyEntries);
  const db = new Database(join(dataDir, 'sync.sqlite'));
  db.prepare('INSERT INTO envelopes (room, state, updated_at) VALUES (?, ?, ?)').run(legacy.room, Y.encodeStateAsUpdate(old), Date.now());
  db.close();
}

/** The first run goes through `npm run migrate` as documented; the others start the same script directly (quicker). */
function migrate(args: string[], env: Record<string, string> = {}, viaNpm = false): Promise<{ code: number | null; out: string }> {
  const [command, prefix] = viaNpm ? ['npm', ['run', '--silent', 'migrate', '--']] : [process.execPath, ['--import', 'tsx', 'server/migrate.ts']];
  const child = spawn(command, [...prefix, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out })));
}

/** Everything the PostgreSQL store holds, in a stable order, bytes as hex. */
async function dump(): Promise<string> {
  const q = async (sql: string) => JSON.stringify((await admin.query(sql)).rows);
  return [
    await q(`SELECT seq::text, room, encode("update", 'hex') AS u FROM ${SCHEMA}.gesprek_room_log ORDER BY seq`),
    await q(`SELECT room, encode(state, 'hex') AS s, updated_at FROM ${SCHEMA}.gesprek_envelopes ORDER BY room`),
    await q(`SELECT room, encode(token_hash, 'hex') AS h, created_at FROM ${SCHEMA}.gesprek_room_access ORDER BY room`),
  ].join('\n');
}

const hex = (rows: Uint8Array[]) => rows.map((row) => Buffer.from(row).toString('hex'));

describe('npm run migrate: SQLite to PostgreSQL', () => {
  let afterFirst = '';

  it('moves every room, envelope and access row; nothing lost, in order', async () => {
    const first = await migrate(['--to', schemaUrl], { DATA_DIR: dirs.dataDir }, true);
    expect(first.out).toContain('Klaar: 3 gesprek(ken)');
    expect(first.out).toContain('3 overgezet, 0 stonden er al');
    expect(first.out).not.toContain(DATABASE_URL);
    expect(first.code).toBe(0);

    const db = new Database(join(dirs.dataDir, 'sync.sqlite'), { readonly: true });
    for (const room of [pair.room, solo.room, legacy.room]) {
      const source = db.prepare<[string], { update: Buffer }>(`SELECT "update" FROM ${STORED_ROWS} WHERE room = ? ORDER BY seq`).all(room).map((r) => r.update);
      const target = await admin.query<{ update: Buffer }>(`SELECT "update" FROM ${SCHEMA}.gesprek_room_log WHERE room = $1 ORDER BY seq`, [room]);
      expect(hex(target.rows.map((r) => r.update))).toEqual(hex(source));
    }
    expect(source(db, 'SELECT count(*) AS n FROM room_log')).toBeGreaterThan(0);
    const envelope = await admin.query<{ state: Buffer }>(`SELECT state FROM ${SCHEMA}.gesprek_envelopes WHERE room = $1`, [legacy.room]);
    expect(hex(envelope.rows.map((r) => r.state))).toEqual(hex(db.prepare<[], { state: Buffer }>('SELECT state FROM envelopes').all().map((r) => r.state)));
    const access = await admin.query<{ token_hash: Buffer }>(`SELECT token_hash FROM ${SCHEMA}.gesprek_room_access`);
    expect(hex(access.rows.map((r) => r.token_hash))).toEqual(hex(db.prepare<[], { token_hash: Buffer }>('SELECT token_hash FROM room_access').all().map((r) => r.token_hash)));
    db.close();
    afterFirst = await dump();
  });

  it('running it twice gives the same state, byte for byte', async () => {
    const second = await migrate(['--from', join(dirs.dataDir, 'sync.sqlite'), '--to', schemaUrl]);
    expect(second.out).toContain('0 overgezet, 3 stonden er al');
    expect(second.code).toBe(0);
    expect(await dump()).toBe(afterFirst);
  });

  it('a server on PostgreSQL gives fresh clients everything; a later run still finds it all there', async () => {
    const server = await startServer({ port: 0, dataDir: dirs.dataDir, staticDir: dirs.staticDir, databaseUrl: schemaUrl, metricsPort: 0 }, { log: () => {} });
    try {
      const url = `ws://127.0.0.1:${server.port}/sync`;
      const fresh = await connectClient(url, pair.room, pair.key);
      const other = await connectClient(url, solo.room, solo.key);
      clients.push(fresh, other);
      await eventually(() => isSynced(fresh) && isSynced(other), 10_000, 'fresh clients synced');
      await eventually(() => fresh.doc.getText('school').toString() === SCHOOL, 10_000, 'school from SQLite');
      expect(fresh.doc.getArray('acties').toArray()).toEqual(['Wijkagent belt ouders']);
      expect(other.doc.getText('school').toString()).toBe('Het Baken');
      expect(fresh.sync.getStatus().decryptErrors).toBe(0);
      expect(entriesOf(await readRoom(url, legacy.room, legacy.token))).toEqual(legacyEntries);
      // Work goes on after the move: PostgreSQL now holds more than the SQLite file.
      const rows = async () => (await admin.query(`SELECT count(*)::int AS n FROM ${SCHEMA}.gesprek_room_log WHERE room = $1`, [pair.room])).rows[0]?.n as number;
      const rowsBefore = await rows();
      fresh.doc.getText('notes').insert(0, 'Na de overstap');
      await eventually(async () => (await rows()) > rowsBefore, 10_000, 'stored in PostgreSQL');
      // The store latency histogram of the PostgreSQL store.
      const metrics = await (await fetch(`http://127.0.0.1:${server.metricsPort}/metrics`)).text();
      expect(metrics).toMatch(/^gesprek_store_duration_seconds_count\{operation="load",store="postgresql"\} [1-9]/m);
      for (const client of clients.splice(0)) client.sync.destroy();
    } finally {
      await server.stop(); // unloading compacts the rooms' logs in PostgreSQL
    }
    expect(await dump()).not.toBe(afterFirst);
    const again = await migrate(['--to', schemaUrl], { DATA_DIR: dirs.dataDir });
    expect(again.out).toContain('0 overgezet, 3 stonden er al');
    expect(again.code).toBe(0);
  });

  it('refuses, writing nothing, when PostgreSQL holds different data for a room', async () => {
    const otherDirs = await makeTestDirs();
    try {
      await seedLegacyRoom(otherDirs.dataDir, legacy.room, newTestRoom().token); // another token hash
      const store = new SqliteStore(otherDirs.dataDir);
      const stranger = new Y.Doc();
      stranger.getArray('entries').push([new Uint8Array(randomBytes(32))]);
      store.append([
        { room: pair.room, update: Y.encodeStateAsUpdate(stranger) }, // other content for a migrated room
        { room: newTestRoom().room, update: Y.encodeStateAsUpdate(stranger) }, // a room PostgreSQL lacks
      ]);
      store.close();
      const before = await dump();
      const refused = await migrate(['--to', schemaUrl], { DATA_DIR: otherDirs.dataDir });
      expect(refused.out).toContain('Geweigerd: PostgreSQL heeft voor 2 van de 3 gesprek(ken) andere gegevens');
      expect(refused.out).toContain('Er is niets overgezet');
      expect(refused.code).toBe(1);
      expect(await dump()).toBe(before);
    } finally {
      await otherDirs.cleanup();
    }
  });

  it('carries the rows a server left in its append tail (stopped or killed before the fold), in order', async () => {
    const tailDirs = await makeTestDirs();
    try {
      await mkdir(tailDirs.dataDir, { recursive: true });
      const room = newTestRoom().room;
      const doc = new Y.Doc();
      const updates: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => updates.push(update));
      // Small, big (a snapshot: straight into room_log), small: the log interleaves both tables.
      for (const size of [93, 4096, 93]) doc.getArray('entries').push([new Uint8Array(randomBytes(size))]);
      const store = new SqliteStore(tailDirs.dataDir);
      store.append(updates.map((update) => ({ room, update })));
      store.close();
      const db = new Database(join(tailDirs.dataDir, 'sync.sqlite'), { readonly: true });
      expect([source(db, 'SELECT count(*) AS n FROM room_tail'), source(db, 'SELECT count(*) AS n FROM room_log')]).toEqual([2, 1]);
      db.close();
      const moved = await migrate(['--from', join(tailDirs.dataDir, 'sync.sqlite'), '--to', schemaUrl]);
      expect(moved.out).toContain('1 overgezet');
      expect(moved.code).toBe(0);
      const target = await admin.query<{ update: Buffer }>(`SELECT "update" FROM ${SCHEMA}.gesprek_room_log WHERE room = $1 ORDER BY seq`, [room]);
      expect(hex(target.rows.map((r) => r.update))).toEqual(hex(updates));
    } finally {
      await tailDirs.cleanup();
    }
  });

  it('says what is missing: no target, no source file', async () => {
    const noTarget = await migrate([], { DATA_DIR: dirs.dataDir });
    expect(noTarget.out).toContain('Geen doel');
    expect(noTarget.code).toBe(2);
    const noSource = await migrate(['--from', join(dirs.dataDir, 'bestaat-niet.sqlite'), '--to', schemaUrl]);
    expect(noSource.out).toContain('Niet gevonden');
    expect(noSource.code).toBe(1);
  });
});

const source = (db: Database.Database, sql: string): number => (db.prepare<[], { n: number }>(sql).get()?.n ?? 0);
