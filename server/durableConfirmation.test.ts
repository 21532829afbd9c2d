import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE, entryId } from '../src/protocol/index.ts';
import { eventually } from '../src/test/eventually.ts';
import { SqliteStore } from './sqliteStore.ts';
import { spawnServer, type ChildServer } from './testing/childServer.ts';
import { connectEnvelope, type EnvelopeClient } from './testing/envelopeClient.ts';
import { tryAuthenticate, updateFrame } from './testing/rawSocket.ts';
import { entriesOf, readRoom } from './testing/roomReader.ts';
import { newTestRoom } from './testing/testRooms.ts';
import { makeTestDirs, startTestServer, type TestDirs } from './testing/testServer.ts';
import { STORED_ROWS } from './testing/storedRows.ts';

const RUNS = Number(process.env.KILL_RUNS ?? 10);
const entry = () => new Uint8Array(randomBytes(93));
let dirs: TestDirs;
let server: Awaited<ReturnType<typeof startTestServer>>;
const clients: EnvelopeClient[] = [];

beforeAll(async () => {
  dirs = await makeTestDirs();
  server = await startTestServer(dirs);
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(async () => {
  await server.stop();
  await dirs.cleanup();
});

const client = (url: string, room: ReturnType<typeof newTestRoom>) => {
  const c = connectEnvelope(url, room);
  clients.push(c);
  return c;
};

/** Whether a committed row of the SQLite log holds these bytes (read through a connection of our own). */
function committed(dataDir: string, bytes: Uint8Array): boolean {
  const db = new Database(join(dataDir, 'sync.sqlite'), { readonly: true });
  try {
    return db.prepare<[], { update: Buffer }>(`SELECT "update" FROM ${STORED_ROWS}`).all().some((row) => row.update.includes(Buffer.from(bytes)));
  } finally {
    db.close();
  }
}

describe('"stored" means committed', () => {
  it('names an entry only once its row is committed, to the connection that sent it (storedFanOut.test.ts: who else)', async () => {
    const room = newTestRoom();
    const a = client(server.url, room);
    const b = client(server.url, room);
    const sent = entry();
    const seenCommitted: boolean[] = [];
    a.onStored((ids) => {
      if (ids.includes(entryId(sent))) seenCommitted.push(committed(dirs.dataDir, sent)); // checked the moment it arrives
    });
    await eventually(() => a.provider.isSynced && b.provider.isSynced);
    const id = a.append(sent);
    await eventually(() => a.stored.has(id) && b.doc.getArray('entries').length === 1, 10_000, 'stored reaches the writer');
    expect(seenCommitted).toEqual([true]);
  });

  it('answers "confirm" with the ids the store holds, and only those', async () => {
    const room = newTestRoom();
    const writer = client(server.url, room);
    const id = writer.append(entry());
    await eventually(() => writer.stored.has(id));
    writer.destroy();
    const later = client(server.url, room);
    await eventually(() => later.provider.isSynced);
    const unknown = entryId(entry());
    const answers: string[][] = [];
    later.onStored((ids) => answers.push(ids));
    later.confirm([id, unknown]);
    await eventually(() => answers.length === 1);
    expect(answers).toEqual([[id]]);
  });

  it('closes the room with 4503 when the store fails, and memory does not run ahead of the store', async () => {
    const room = newTestRoom();
    const first = entry();
    const writer = client(server.url, room);
    const id = writer.append(first);
    await eventually(() => writer.stored.has(id));
    const { socket } = await tryAuthenticate(server.url, room.room, room.token);
    const db = new Database(join(dirs.dataDir, 'sync.sqlite'));
    db.exec('ALTER TABLE room_tail RENAME TO room_tail_away'); // where appends go
    const lost = new Y.Doc();
    lost.getArray('entries').push([entry()]);
    socket.ws.send(updateFrame(room.room, Y.encodeStateAsUpdate(lost)));
    try {
      expect((await socket.closed).code).toBe(CLOSE.serverTrouble);
      await eventually(() => !writer.provider.isAuthenticated, 10_000, 'writer closed too');
    } finally {
      db.exec('ALTER TABLE room_tail_away RENAME TO room_tail');
      db.close();
    }
    writer.destroy();
    const fresh = await eventually(async () => {
      try {
        return await readRoom(server.url, room.room, room.token);
      } catch {
        return false;
      }
    });
    expect(entriesOf(fresh)).toEqual([first]); // the unstored entry was dropped with the room
  });
});

describe('"stored" survives SIGKILL', () => {
  let child: ChildServer | undefined;
  afterEach(() => {
    child?.child.kill('SIGKILL');
  });

  it('the entry is in the store after every kill (10 of 10), and a fresh tablet after a restart gets them all', async () => {
    const childDirs = await makeTestDirs();
    const rooms: { room: ReturnType<typeof newTestRoom>; sent: Uint8Array }[] = [];
    try {
      for (let run = 0; run < RUNS; run++) {
        child = await spawnServer(childDirs);
        const room = newTestRoom();
        const writer = connectEnvelope(`ws://127.0.0.1:${child.port}/sync`, room);
        const sent = entry();
        let killed = false;
        writer.onStored((ids) => {
          if (!killed && ids.includes(entryId(sent))) {
            killed = true;
            child?.child.kill('SIGKILL'); // the moment "stored" arrives
          }
        });
        writer.append(sent);
        expect((await child.exited).signal).toBe('SIGKILL');
        writer.destroy();
        expect(killed).toBe(true);
        // What a restarted server would load for the room:
        const store = new SqliteStore(childDirs.dataDir);
        const doc = new Y.Doc();
        for (const update of store.loadLog(room.room)) Y.applyUpdate(doc, update);
        store.close();
        expect(entriesOf(doc)).toEqual([sent]);
        rooms.push({ room, sent });
      }
      child = await spawnServer(childDirs);
      for (const { room, sent } of rooms) {
        expect(entriesOf(await readRoom(`ws://127.0.0.1:${child.port}/sync`, room.room, room.token))).toEqual([sent]);
      }
    } finally {
      await childDirs.cleanup();
    }
  }, 180_000);
});
