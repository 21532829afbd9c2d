import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newTestRoom } from './testing/testRooms.ts';
import { eventually } from '../src/test/eventually.ts';
import { spawnServer, type ChildServer } from './testing/childServer.ts';
import { connectEnvelope } from './testing/envelopeClient.ts';
import { entriesOf, readRoom } from './testing/roomReader.ts';
import { connectClient, isSynced, makeTestDirs, type TestClient, type TestDirs } from './testing/testServer.ts';

const SCHOOL = 'Montessori Lyceum Zuidoost';
let dirs: TestDirs | undefined;
let server: ChildServer | undefined;
const clients: TestClient[] = [];

afterAll(async () => {
  for (const c of clients) c.sync.destroy();
  server?.child.kill('SIGKILL');
  await dirs?.cleanup();
});

/** Types one marker every 10 ms (fast typing, under the rate limit) until stopped. */
function typist(client: TestClient, prefix: string) {
  let count = 0;
  const timer = setInterval(() => {
    client.doc.getArray<string>('log').push([`${prefix}${count++}`]);
    client.doc.getText('notes').insert(0, prefix);
  }, 10);
  return {
    get count() {
      return count;
    },
    stop: () => clearInterval(timer),
    all: () => Array.from({ length: count }, (_, i) => `${prefix}${i}`),
  };
}

describe('server killed mid-typing', () => {
  it('loses nothing: SIGKILL, restart on the same data, both tablets converge; SIGTERM flushes for a fresh tablet', async () => {
    dirs = await makeTestDirs();
    server = await spawnServer(dirs);
    const port = server.port;
    const url = `ws://127.0.0.1:${port}/sync`;
    const { room: roomId, key } = newTestRoom();
    const a = await connectClient(url, roomId, key);
    const b = await connectClient(url, roomId, key);
    clients.push(a, b);
    a.doc.getText('school').insert(0, SCHOOL);
    await eventually(() => isSynced(a) && isSynced(b));

    const typingA = typist(a, 'a');
    const typingB = typist(b, 'b');
    await eventually(() => b.doc.getArray('log').toArray().includes('a20') && a.doc.getArray('log').toArray().includes('b20'));
    server.child.kill('SIGKILL');
    expect((await server.exited).signal).toBe('SIGKILL');

    await eventually(() => a.sync.getStatus().state === 'offline' && b.sync.getStatus().state === 'offline');
    const typedBeforeRestart = typingA.count;
    await eventually(() => typingA.count > typedBeforeRestart + 20); // keep typing while the server is gone
    expect(a.sync.getStatus().pendingChanges).toBeGreaterThan(0);

    server = await spawnServer(dirs, port);
    await eventually(() => a.sync.getStatus().state === 'connected' && b.sync.getStatus().state === 'connected', 15_000);
    const typedAfterRestart = typingB.count;
    await eventually(() => typingB.count > typedAfterRestart + 10);
    typingA.stop();
    typingB.stop();

    const expected = [...typingA.all(), ...typingB.all()].sort();
    const logOf = (c: TestClient) => [...c.doc.getArray<string>('log').toArray()].sort();
    await eventually(() => isSynced(a) && isSynced(b) && logOf(a).length === expected.length && logOf(b).length === expected.length, 20_000);
    expect(logOf(a)).toEqual(expected);
    expect(logOf(b)).toEqual(expected);
    expect(a.doc.getText('notes').toString()).toBe(b.doc.getText('notes').toString());
    expect(a.sync.getStatus().pendingChanges).toBe(0);

    // Only the server remains: SIGTERM must write everything, a fresh tablet reads it all.
    for (const c of clients.splice(0)) c.sync.destroy();
    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
    server = await spawnServer(dirs, port);
    const fresh = await connectClient(url, roomId, key);
    clients.push(fresh);
    await eventually(() => logOf(fresh).length === expected.length && fresh.doc.getText('school').toString() === SCHOOL, 15_000);
    expect(logOf(fresh)).toEqual(expected);
    expect(server.output()).not.toContain(SCHOOL);
    expect(server.output()).not.toContain(roomId);
  }, 90_000);
});

describe('server killed between an append and the fold of its tail', () => {
  it('a restarted server gives a fresh tablet every stored entry, folded or still in the tail', async () => {
    const killDirs = await makeTestDirs();
    let killed: ChildServer | undefined;
    try {
      killed = await spawnServer(killDirs); // default fold: 30 s, far beyond this test's kill
      const url = `ws://127.0.0.1:${killed.port}/sync`;
      const room = newTestRoom();
      const writer = connectEnvelope(url, room);
      const sent = Array.from({ length: 12 }, (_, i) => new Uint8Array(randomBytes(i === 5 ? 4096 : 93)));
      const ids = sent.map((bytes) => writer.append(bytes));
      await eventually(() => ids.every((id) => writer.stored.has(id)), 10_000, 'all stored');
      const db = new Database(join(killDirs.dataDir, 'sync.sqlite'), { readonly: true });
      const inTail = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM room_tail').get()?.n ?? 0;
      db.close();
      expect(inTail).toBeGreaterThan(0); // killed before the fold
      killed.child.kill('SIGKILL');
      expect((await killed.exited).signal).toBe('SIGKILL');
      writer.destroy();

      const restarted = await spawnServer(killDirs);
      killed = restarted;
      const fresh = await readRoom(`ws://127.0.0.1:${restarted.port}/sync`, room.room, room.token);
      expect(hex(entriesOf(fresh) as Uint8Array[])).toEqual(hex(sent));
    } finally {
      killed?.child.kill('SIGKILL');
      await killDirs.cleanup();
    }
  }, 60_000);
});

const hex = (rows: Uint8Array[]) => rows.map((row) => Buffer.from(row).toString('hex'));
