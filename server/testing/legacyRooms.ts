/** Test helper: legacy (pre-v2) rooms exist only with a token-hash row, which only a test can make now. */
import Database from 'better-sqlite3';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SqliteStore } from '../sqliteStore.ts';
import { legacyTokenHash } from './testRooms.ts';

/** Writes the row a pre-v2 server made on first use, so the room is served as a legacy room. */
export async function seedLegacyRoom(dataDir: string, room: string, token: string): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  new SqliteStore(dataDir).close(); // creates the tables
  const db = new Database(join(dataDir, 'sync.sqlite'));
  try {
    db.prepare('INSERT INTO room_access (room, token_hash, created_at) VALUES (?, ?, ?)').run(room, legacyTokenHash(token), Date.now());
  } finally {
    db.close();
  }
}
