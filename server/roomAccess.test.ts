import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../src/protocol/index.ts';
import { SqliteStore } from './sqliteStore.ts';
import { seedLegacyRoom } from './testing/legacyRooms.ts';
import { tryAuthenticate } from './testing/rawSocket.ts';
import { newLegacyRoomId, newTestRoom } from './testing/testRooms.ts';
import { makeTestDirs, startTestServer, type TestDirs } from './testing/testServer.ts';

let dirs: TestDirs;
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  dirs = await makeTestDirs();
  server = await startTestServer(dirs);
});
afterAll(async () => {
  await server.stop();
  await dirs.cleanup();
});

const hasAccessRow = (room: string): boolean => {
  const store = new SqliteStore(dirs.dataDir);
  try {
    return store.legacyTokenHash(room) !== null;
  } finally {
    store.close();
  }
};

describe('room access v2: the room id is bound to the key', () => {
  it('opens a room named by the token, and nothing is written for it', async () => {
    const room = newTestRoom();
    const result = await tryAuthenticate(server.url, room.room, room.token);
    expect(result.authenticated).toBe(true);
    result.socket.ws.close();
    expect(hasAccessRow(room.room)).toBe(false);
  });

  it('refuses another key for the room with 4401: nobody can squat a room', async () => {
    const owner = newTestRoom();
    const squatter = await tryAuthenticate(server.url, owner.room, newTestRoom().token);
    expect(squatter).toMatchObject({ authenticated: false, code: CLOSE.wrongKey });
    const real = await tryAuthenticate(server.url, owner.room, owner.token);
    expect(real.authenticated).toBe(true);
    real.socket.ws.close();
  });

  it('refuses a token of the wrong shape with 4401', async () => {
    const room = newTestRoom();
    for (const token of ['', 'x'.repeat(42), `${room.token}=`]) {
      expect(await tryAuthenticate(server.url, room.room, token)).toMatchObject({ authenticated: false, code: CLOSE.wrongKey });
    }
  });
});

describe('legacy rooms (before v2): served only with an existing token-hash row', () => {
  it('refuses a legacy room without a row and never makes one (no minting)', async () => {
    const legacy = newLegacyRoomId();
    const { token } = newTestRoom();
    expect(await tryAuthenticate(server.url, legacy, token)).toMatchObject({ authenticated: false, code: CLOSE.wrongKey });
    expect(await tryAuthenticate(server.url, legacy, token)).toMatchObject({ authenticated: false, code: CLOSE.wrongKey });
    expect(hasAccessRow(legacy)).toBe(false);
  });

  it('opens a legacy room for the token whose hash is stored, and refuses any other', async () => {
    const legacy = newLegacyRoomId();
    const { token } = newTestRoom();
    await seedLegacyRoom(dirs.dataDir, legacy, token);
    const owner = await tryAuthenticate(server.url, legacy, token);
    expect(owner.authenticated).toBe(true);
    owner.socket.ws.close();
    expect(await tryAuthenticate(server.url, legacy, newTestRoom().token)).toMatchObject({ authenticated: false, code: CLOSE.wrongKey });
  });

  it('says "server trouble" (4503, retried), never 4401, when the store cannot answer', async () => {
    const legacy = newLegacyRoomId();
    const { token } = newTestRoom();
    await seedLegacyRoom(dirs.dataDir, legacy, token);
    const db = new Database(join(dirs.dataDir, 'sync.sqlite'));
    db.exec('ALTER TABLE room_access RENAME TO room_access_away');
    try {
      expect(await tryAuthenticate(server.url, legacy, token)).toMatchObject({ authenticated: false, code: CLOSE.serverTrouble });
    } finally {
      db.exec('ALTER TABLE room_access_away RENAME TO room_access');
      db.close();
    }
    const again = await tryAuthenticate(server.url, legacy, token);
    expect(again.authenticated).toBe(true);
    again.socket.ws.close();
  });
});
