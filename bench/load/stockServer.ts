/**
 * P8's floor: stock @hocuspocus/server with the stock Database extension on SQLite (better-sqlite3,
 * WAL, synchronous NORMAL, as server/sqliteStore.ts), storing each document's whole state on
 * Hocuspocus' debounce (1000 ms, as server/syncServer.ts sets it). No access rules, no limits.
 * DATA_DIR names the directory. Prints "stock <port>".
 */
import { Database as DatabaseExtension } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.DATA_DIR ?? '.';
mkdirSync(dir, { recursive: true });
const db = new Database(join(dir, 'stock.sqlite'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec('CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL)');
const select = db.prepare<[string], { data: Buffer }>('SELECT data FROM documents WHERE name = ?');
const upsert = db.prepare<[string, Buffer]>('INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data');

const server = new Server({
  port: 0,
  address: '127.0.0.1',
  quiet: true,
  stopOnSignals: true,
  debounce: 1000,
  extensions: [
    new DatabaseExtension({
      fetch: async ({ documentName }) => select.get(documentName)?.data ?? null,
      store: async ({ documentName, state }) => void upsert.run(documentName, state),
    }),
  ],
});
await server.listen();
console.log(`stock ${server.address.port}`);
