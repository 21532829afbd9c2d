import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../src/protocol/index.ts';
import { configFromEnv } from './config.ts';
import type { SyncLimits } from './limits.ts';
import { SqliteStore } from './sqliteStore.ts';
import { startServer } from './startServer.ts';
import { openRaw, tryAuthenticate } from './testing/rawSocket.ts';
import { newTestRoom } from './testing/testRooms.ts';
import { makeTestDirs, type TestDirs } from './testing/testServer.ts';

const running: { stop(): Promise<void>; dirs: TestDirs }[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) {
    await r.stop();
    await r.dirs.cleanup();
  }
});

async function serverWith(limits: Partial<SyncLimits>, trustProxy: string[] = [], prepare?: (dirs: TestDirs) => void) {
  const dirs = await makeTestDirs();
  await mkdir(dirs.dataDir, { recursive: true });
  prepare?.(dirs);
  const server = await startServer({ port: 0, dataDir: dirs.dataDir, staticDir: dirs.staticDir, trustProxy }, { limits, log: () => {} });
  running.push({ stop: () => server.stop(), dirs });
  return { port: server.port, url: `ws://127.0.0.1:${server.port}/sync` };
}

const oneEntry = (): Uint8Array => {
  const doc = new Y.Doc();
  doc.getArray('entries').push([new Uint8Array(randomBytes(64))]);
  return Y.encodeStateAsUpdate(doc);
};

describe('new rooms and storage', () => {
  it('lets one address open only so many new rooms per hour (4429); rooms in the store still open', async () => {
    const stored = newTestRoom();
    const { url } = await serverWith({ newRoomsPerIpPerHour: 2 }, [], (dirs) => {
      const store = new SqliteStore(dirs.dataDir);
      store.append([{ room: stored.room, update: oneEntry() }]);
      store.close();
    });
    for (let i = 0; i < 2; i++) {
      const room = newTestRoom();
      const opened = await tryAuthenticate(url, room.room, room.token);
      expect(opened.authenticated).toBe(true);
      opened.socket.ws.close();
    }
    const third = newTestRoom();
    expect(await tryAuthenticate(url, third.room, third.token)).toMatchObject({ authenticated: false, code: CLOSE.tooManyNewRooms });
    const existing = await tryAuthenticate(url, stored.room, stored.token);
    expect(existing.authenticated).toBe(true);
    existing.socket.ws.close();
  });

  it('refuses new rooms at the storage high-water mark (4507), while a stored room keeps working', async () => {
    const stored = newTestRoom();
    const { url } = await serverWith({ storageHighWaterBytes: 1 }, [], (dirs) => {
      const store = new SqliteStore(dirs.dataDir);
      store.append([{ room: stored.room, update: oneEntry() }]);
      store.close();
    });
    const fresh = newTestRoom();
    expect(await tryAuthenticate(url, fresh.room, fresh.token)).toMatchObject({ authenticated: false, code: CLOSE.storageFull });
    const existing = await tryAuthenticate(url, stored.room, stored.token);
    expect(existing.authenticated).toBe(true);
    existing.socket.ws.close();
  });
});

describe('timeouts', () => {
  it('closes an authenticated socket that stays silent with 4408 (idle)', async () => {
    const { url } = await serverWith({ idleSocketMs: 300 });
    const room = newTestRoom();
    const { socket, authenticated } = await tryAuthenticate(url, room.room, room.token);
    expect(authenticated).toBe(true);
    expect((await socket.closed).code).toBe(CLOSE.idle);
  });

  it('drops a drip-fed upgrade request (slowloris) and still serves a normal one', async () => {
    const { port, url } = await serverWith({ headersTimeoutMs: 500 });
    const socket = connect(port, '127.0.0.1');
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.on('error', () => {});
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const request = `GET /sync HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n${'X-Pad: a\r\n'.repeat(2000)}`;
    let sent = 0;
    const drip = setInterval(() => {
      if (!socket.destroyed && sent < request.length) socket.write(request[sent++] ?? '');
    }, 20);
    await closed;
    clearInterval(drip);
    expect(sent).toBeLessThan(request.length); // closed by the server, long before the headers were complete
    const normal = openRaw(url);
    await normal.opened;
    normal.ws.close();
  });
});

describe('TRUST_PROXY', () => {
  it('counts addresses from X-Forwarded-For only when the request comes from a trusted proxy', async () => {
    const trusted = await serverWith({ connectionsPerIp: 2 }, ['127.0.0.1', '::ffff:127.0.0.1']);
    const behindProxy = ['198.51.100.1', '198.51.100.2', '198.51.100.3'].map((ip) => openRaw(trusted.url, { 'X-Forwarded-For': ip }));
    await Promise.all(behindProxy.map((s) => s.opened)); // three tablets, three addresses
    const sameTablet = [openRaw(trusted.url, { 'X-Forwarded-For': '198.51.100.1' })];
    await sameTablet[0]?.opened;
    await expect(openRaw(trusted.url, { 'X-Forwarded-For': '198.51.100.1' }).opened).rejects.toBeDefined(); // third from one address

    const untrusted = await serverWith({ connectionsPerIp: 2 }, ['10.9.9.9']);
    const spoofed = ['198.51.100.1', '198.51.100.2'].map((ip) => openRaw(untrusted.url, { 'X-Forwarded-For': ip }));
    await Promise.all(spoofed.map((s) => s.opened));
    await expect(openRaw(untrusted.url, { 'X-Forwarded-For': '198.51.100.3' }).opened).rejects.toBeDefined(); // header ignored
    for (const s of [...behindProxy, ...sameTablet, ...spoofed]) s?.ws.close();
  });

  it('reads TRUST_PROXY=1 as loopback only, and a list as those addresses', () => {
    expect(configFromEnv({ TRUST_PROXY: '1' }).trustProxy).toEqual(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
    expect(configFromEnv({ TRUST_PROXY: '10.0.0.1, 10.0.0.2' }).trustProxy).toEqual(['10.0.0.1', '10.0.0.2']);
    expect(configFromEnv({}).trustProxy).toEqual([]);
    expect(configFromEnv({ ROOM_MAX_BYTES: '1000', IDLE_SOCKET_MS: '60000' }).limits).toEqual({ roomMaxBytes: 1000, idleSocketMs: 60000 });
    expect(() => configFromEnv({ ROOM_MAX_ENTRIES: 'veel' })).toThrow(/ROOM_MAX_ENTRIES/);
  });
});
