import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../src/protocol/index.ts';
import { newTestRoom, tokenForKey } from './testing/testRooms.ts';
import { eventually } from '../src/test/eventually.ts';
import { authFrame, messageType, openRaw, syncStep1Frame, updateFrame } from './testing/rawSocket.ts';
import { announceBinaryFrame, openTcpWebSocket } from './testing/tcpWebSocket.ts';
import { connectClient, isSynced, makeTestDirs, startTestServer, type TestClient, type TestDirs } from './testing/testServer.ts';

let dirs: TestDirs;
let server: Awaited<ReturnType<typeof startTestServer>>;
const clients: TestClient[] = [];
let roomId: string;
let roomKey: string;
let a: TestClient;
let b: TestClient;

const otherRoomStillWorks = async (marker: string) => {
  a.doc.getArray('log').push([marker]);
  await eventually(() => b.doc.getArray('log').toArray().includes(marker), 10_000, `B sees ${marker}`);
};

beforeAll(async () => {
  dirs = await makeTestDirs();
  server = await startTestServer(dirs, 0, { authTimeoutMs: 1000 });
  ({ room: roomId, key: roomKey } = newTestRoom());
  a = await connectClient(server.url, roomId, roomKey);
  b = await connectClient(server.url, roomId, roomKey);
  clients.push(a, b);
  a.doc.getText('school').insert(0, 'Montessori Lyceum');
  await eventually(() => isSynced(a) && isSynced(b) && b.doc.getText('school').length > 0);
});
afterAll(async () => {
  for (const c of clients) c.sync.destroy();
  await server.stop();
  await dirs.cleanup();
});

describe('hostile clients', () => {
  it('closes a wrong token with 4401 after permission-denied, sends no document, accepts no write', async () => {
    const raw = openRaw(server.url);
    await raw.opened;
    const intruderDoc = new Y.Doc();
    intruderDoc.getArray('entries').push([new Uint8Array([1, 2, 3])]);
    raw.ws.send(authFrame(roomId, newTestRoom().token));
    raw.ws.send(syncStep1Frame(roomId));
    raw.ws.send(updateFrame(roomId, Y.encodeStateAsUpdate(intruderDoc)));
    expect((await raw.closed).code).toBe(CLOSE.wrongKey);
    expect(raw.received.map(messageType)).toEqual([2]); // Auth (permission denied), nothing else
    const fresh = await connectClient(server.url, roomId, roomKey);
    clients.push(fresh);
    await eventually(() => isSynced(fresh));
    expect(fresh.sync.getStatus().decryptErrors).toBe(0);
    expect(fresh.doc.getText('school').toString()).toBe('Montessori Lyceum');
  });

  it('refuses a missing token, and the key holder still gets the room', async () => {
    const fresh = newTestRoom();
    const raw = openRaw(server.url);
    await raw.opened;
    raw.ws.send(authFrame(fresh.room, ''));
    expect((await raw.closed).code).toBe(CLOSE.wrongKey);
    const owner = await connectClient(server.url, fresh.room, fresh.key);
    clients.push(owner);
    await eventually(() => isSynced(owner));
    expect(owner.sync.getStatus().refused).toBe(false);
  });

  it('closes a connection that never authenticates with the retryable idle code, not 4401', async () => {
    const raw = openRaw(server.url);
    await raw.opened;
    expect((await raw.closed).code).toBe(CLOSE.idle);
  });

  it('closes sockets that send random bytes, and only those', async () => {
    const sockets = Array.from({ length: 20 }, () => openRaw(server.url));
    await Promise.all(sockets.map((s) => s.opened));
    for (const socket of sockets) {
      for (let i = 0; i < 5; i++) socket.ws.send(randomBytes(1 + (randomBytes(1)[0] ?? 0) * 4));
    }
    const codes = await Promise.all(sockets.map((s) => s.closed.then((c) => c.code)));
    for (const code of codes) expect([CLOSE.unsupported, CLOSE.policy, CLOSE.idle]).toContain(code);
    await otherRoomStillWorks('after-random-bytes');
  });

  it('closes an oversized frame with 1009 and a text frame with 1003', async () => {
    // Announced in the header, not streamed: a client still writing 9 MiB can be reset before it reads the close.
    const big = await openTcpWebSocket(server.url);
    const text = openRaw(server.url);
    await text.opened;
    announceBinaryFrame(big, 9 * 1024 * 1024, 1024);
    text.ws.send('hallo');
    expect(await big.closeCode).toBe(1009);
    big.socket.destroy();
    expect((await text.closed).code).toBe(1003);
    await otherRoomStillWorks('after-oversized');
  });

  it('survives malformed Yjs from an authenticated client', async () => {
    const raw = openRaw(server.url);
    await raw.opened;
    raw.ws.send(authFrame(roomId, tokenForKey(roomKey)));
    for (let i = 0; i < 20; i++) raw.ws.send(updateFrame(roomId, randomBytes(64)));
    await eventually(() => raw.received.length > 0);
    raw.ws.close();
    await otherRoomStillWorks('after-malformed-yjs');
  });

  it('closes a flood with 1008, while fast typing stays well under the limit', async () => {
    const raw = openRaw(server.url);
    await raw.opened;
    raw.ws.send(authFrame(roomId, tokenForKey(roomKey)));
    await eventually(() => raw.received.length > 0);
    for (let i = 0; i < 5000 && raw.ws.readyState === raw.ws.OPEN; i++) raw.ws.send(syncStep1Frame(roomId));
    expect((await raw.closed).code).toBe(1008);

    const text = a.doc.getText('notes');
    for (let i = 0; i < 300; i++) text.insert(text.length, 'x'); // 300 keystrokes, one message each
    await eventually(() => b.doc.getText('notes').length === 300, 20_000, 'B has all 300 keystrokes');
    expect(a.sync.getStatus().state).toBe('connected');
  });

  it('destroys upgrades on other paths', async () => {
    const raw = openRaw(server.url.replace('/sync', '/elders'));
    await expect(raw.opened).rejects.toBeDefined();
  });
});

describe('connections per IP', () => {
  it('refuses the connection past the limit', async () => {
    const limitedDirs = await makeTestDirs();
    const limited = await startTestServer(limitedDirs, 0, { connectionsPerIp: 3 });
    const sockets = Array.from({ length: 3 }, () => openRaw(limited.url));
    await Promise.all(sockets.map((s) => s.opened));
    await expect(openRaw(limited.url).opened).rejects.toBeDefined();
    for (const s of sockets) s.ws.close();
    await Promise.all(sockets.map((s) => s.closed));
    const again = openRaw(limited.url);
    await again.opened;
    again.ws.close();
    await limited.stop();
    await limitedDirs.cleanup();
  });
});
