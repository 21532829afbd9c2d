import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newTestRoom, tokenForKey } from './testing/testRooms.ts';
import { eventually } from '../src/test/eventually.ts';
import { authFrame, messageType, openRaw } from './testing/rawSocket.ts';
import { connectClient, isSynced, makeTestDirs, startTestServer, type TestClient, type TestDirs } from './testing/testServer.ts';

const SCHOOL = 'Montessori Lyceum Zuidoost';

let dirs: TestDirs;
let server: Awaited<ReturnType<typeof startTestServer>>;
const clients: TestClient[] = [];

beforeEach(async () => {
  dirs = await makeTestDirs();
  server = await startTestServer(dirs);
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.sync.destroy();
  await server.stop();
  await dirs.cleanup();
});

async function client(roomId: string, roomKey: string): Promise<TestClient> {
  const c = await connectClient(server.url, roomId, roomKey);
  clients.push(c);
  return c;
}

const textOf = (c: TestClient, field = 'school') => c.doc.getText(field).toString();

describe('sync server with real providers', () => {
  it('still serves the app over HTTP on the same port', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Gesprek</title>');
  });

  it('answers /healthz for monitoring: SQLite reachable, no relay, nothing about rooms', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok', store: 'sqlite', storeReachable: true, relay: 'off' });
  });

  it('lets two tablets converge, live, keeping both people’s typing in one field', async () => {
    const { room: roomId, key } = newTestRoom();
    const a = await client(roomId, key);
    const b = await client(roomId, key);
    await eventually(() => isSynced(a) && isSynced(b), 10_000, 'both synced');
    a.doc.getText('school').insert(0, SCHOOL);
    await eventually(() => textOf(b) === SCHOOL, 10_000, 'B sees A');
    a.doc.getText('school').insert(SCHOOL.length, ' (A)');
    b.doc.getText('school').insert(0, '[B] ');
    await eventually(() => textOf(a) === textOf(b) && textOf(a).includes('(A)') && textOf(a).includes('[B]'));
    await eventually(() => isSynced(a) && isSynced(b) && a.sync.getStatus().pendingChanges === 0);
    expect(a.sync.getStatus()).toMatchObject({ state: 'connected', refused: false, decryptErrors: 0 });
  });

  it('shares presence encrypted, and shows the other role, field and screen', async () => {
    const { room: roomId, key } = newTestRoom();
    const a = await client(roomId, key);
    const b = await client(roomId, key);
    await a.sync.setPresence({ role: 'politie', field: 'contact.school.name', screen: 'h4' });
    const peers = await eventually(() => {
      const found = b.sync.getStatus().peers;
      return found.length === 1 && found;
    });
    expect(peers[0]).toMatchObject({ role: 'politie', field: 'contact.school.name', screen: 'h4' });
  });

  it('relays presence as ciphertext only', async () => {
    const { room: roomId, key } = newTestRoom();
    const a = await client(roomId, key);
    await eventually(() => isSynced(a));
    await a.sync.setPresence({ role: 'politie', field: 'contact.school.name', name: 'Jansen' });
    const observer = openRaw(server.url);
    await observer.opened;
    observer.ws.send(authFrame(roomId, tokenForKey(key)));
    const awareness = await eventually(() => observer.received.find((frame) => messageType(frame) === 1) ?? false);
    for (const plaintext of ['politie', 'contact.school', 'Jansen', 'role']) {
      expect(Buffer.from(awareness).includes(plaintext)).toBe(false);
    }
    expect(Buffer.from(awareness).includes('"e"')).toBe(true);
    observer.ws.close();
  });

  it('compacts through the server: fewer entries stored, nothing lost for a fresh tablet', async () => {
    const { room: roomId, key } = newTestRoom();
    const a = await connectClient(server.url, roomId, key, undefined, { maxBytes: 1024 });
    const b = await connectClient(server.url, roomId, key, undefined, { maxBytes: 1024 });
    clients.push(a, b);
    for (let i = 0; i < 60; i++) {
      (i % 2 ? a : b).doc.getArray('log').push([`e${i}`]);
      if (i % 10 === 9) await eventually(() => isSynced(a) && isSynced(b));
    }
    await eventually(() => isSynced(a) && isSynced(b) && a.doc.getArray('log').length === 60 && b.doc.getArray('log').length === 60);
    for (const c of clients.splice(0)) c.sync.destroy();
    const stored = await storedEnvelopeEntries(dirs, roomId, async () => {
      await server.stop();
      server = await startTestServer(dirs);
    });
    expect(stored).toBeLessThanOrEqual(12);
    const fresh = await client(roomId, key);
    await eventually(() => fresh.doc.getArray('log').length === 60);
    expect(fresh.sync.getStatus().decryptErrors).toBe(0);
  });

  it('gives another key for the same gesprek its own room: nothing is read, the owner is not disturbed', async () => {
    const { room: roomId, key } = newTestRoom();
    const owner = await client(roomId, key);
    owner.doc.getText('school').insert(0, SCHOOL);
    await eventually(() => isSynced(owner));
    // With rooms bound to the key, another key names another room: there is nothing to refuse.
    const intruder = await client(roomId, newTestRoom().key);
    await eventually(() => isSynced(intruder), 10_000, 'intruder in a room of its own');
    expect(intruder.sync.roomId).not.toBe(owner.sync.roomId);
    expect(textOf(intruder)).toBe('');
    expect(owner.sync.getStatus()).toMatchObject({ refused: false, synced: true });
    for (const id of [roomId, owner.sync.roomId, intruder.sync.roomId]) expect(server.logs.join('\n')).not.toContain(id);
  });

  it('gives a third, fresh tablet everything from the server alone', async () => {
    const { room: roomId, key } = newTestRoom();
    const a = await client(roomId, key);
    const b = await client(roomId, key);
    a.doc.getText('school').insert(0, SCHOOL);
    b.doc.getArray('acties').push(['Wijkagent belt ouders']);
    await eventually(() => isSynced(a) && isSynced(b) && textOf(b) === SCHOOL && a.doc.getArray('acties').length === 1);
    for (const c of clients.splice(0)) c.sync.destroy();
    const fresh = await client(roomId, key);
    await eventually(() => textOf(fresh) === SCHOOL && fresh.doc.getArray('acties').toArray()[0] === 'Wijkagent belt ouders');
  });

  it('stores only ciphertext: the database holds no school name, no token and no key', async () => {
    const { room: roomId, key } = newTestRoom();
    const a = await client(roomId, key);
    a.doc.getText('school').insert(0, SCHOOL);
    await a.sync.setPresence({ role: 'school', name: 'Jansen' });
    await eventually(() => isSynced(a));
    a.sync.destroy();
    await server.stop(); // flushes; restarted below for afterEach
    const token = tokenForKey(key);
    for (const file of await readdir(dirs.dataDir)) {
      const bytes = await readFile(join(dirs.dataDir, file));
      for (const secret of [SCHOOL, 'Montessori', key, token, 'Jansen']) expect(bytes.includes(secret)).toBe(false);
    }
    server = await startTestServer(dirs);
  });

  it('counts offline edits, then sends them as one batched entry after the server comes back', async () => {
    const { room: roomId, key } = newTestRoom();
    const a = await client(roomId, key);
    await eventually(() => isSynced(a));
    const port = server.port;
    await server.stop();
    await eventually(() => a.sync.getStatus().state === 'offline');
    const word = 'veiligheidscoördinator';
    for (const char of word) a.doc.getText('school').insert(a.doc.getText('school').length, char);
    expect(a.sync.getStatus()).toMatchObject({ state: 'offline', synced: false, pendingChanges: word.length });
    server = await startTestServer(dirs, port);
    await eventually(() => isSynced(a) && a.sync.getStatus().pendingChanges === 0, 15_000, 'flushed');
    const envelope = await storedEnvelopeEntries(dirs, roomId, async () => {
      a.sync.destroy();
      await server.stop();
      server = await startTestServer(dirs);
    });
    expect(envelope).toBe(1);
  });

  it('keeps counting changes a restarted tablet had not sent, until the server confirms them', async () => {
    const { room: roomId, key } = newTestRoom();
    const port = server.port;
    await server.stop();
    // The app starts again, without network, knowing 4 changes were never confirmed.
    const a = await connectClient(server.url, roomId, key, new Y.Doc(), {}, { pendingAtStart: 4 });
    clients.push(a);
    expect(a.sync.getStatus().pendingChanges).toBe(4);
    await eventually(() => a.sync.getStatus().state === 'offline');
    a.doc.getText('school').insert(0, 'a');
    a.doc.getText('school').insert(1, 'b');
    expect(a.sync.getStatus()).toMatchObject({ state: 'offline', synced: false, pendingChanges: 6 });
    server = await startTestServer(dirs, port);
    await eventually(() => isSynced(a) && a.sync.getStatus().pendingChanges === 0, 15_000, 'confirmed');
  });
});

/** Number of entries in the stored envelope (read after a flush). */
async function storedEnvelopeEntries(d: TestDirs, roomId: string, flush: () => Promise<void>): Promise<number> {
  await flush();
  const { SqliteStore } = await import('./sqliteStore.ts');
  const Y = await import('yjs');
  const store = new SqliteStore(d.dataDir);
  const updates = store.loadLog(roomId);
  store.close();
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getArray('entries').length;
}
