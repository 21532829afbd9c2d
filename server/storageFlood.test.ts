import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { eventually } from '../src/test/eventually.ts';
import { spawnServer, type ChildServer } from './testing/childServer.ts';
import { connectEnvelope } from './testing/envelopeClient.ts';
import { authFrame, openRaw, updateFrame } from './testing/rawSocket.ts';
import { newTestRoom } from './testing/testRooms.ts';
import { makeTestDirs, type TestDirs } from './testing/testServer.ts';
import { STORED_ROWS } from './testing/storedRows.ts';

const ATTACKERS = 8;
const FLOOD_MS = 6_000; // issue 12 §1 ran 20 s; same shape, shorter
const NEW_ROOMS = 30;
let dirs: TestDirs | undefined;
let child: ChildServer | undefined;
afterAll(async () => {
  child?.child.kill('SIGKILL');
  await dirs?.cleanup();
});

const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

/** One attacker: mint a room, push 64 KiB junk entries until refused, again, until the time is up. */
async function attacker(url: string, until: number): Promise<number> {
  let closes = 0;
  while (Date.now() < until) {
    const room = newTestRoom();
    const socket = openRaw(url, { 'X-Forwarded-For': '203.0.113.7' });
    try {
      await socket.opened;
    } catch {
      continue;
    }
    socket.ws.send(authFrame(room.room, room.token));
    const junk = new Y.Doc();
    const timer = setInterval(() => {
      if (socket.ws.readyState !== WebSocket.OPEN || Date.now() > until) return socket.ws.close();
      let update: Uint8Array = new Uint8Array();
      junk.once('update', (u: Uint8Array) => (update = u));
      junk.getArray('entries').push([new Uint8Array(randomBytes(64 * 1024))]);
      socket.ws.send(updateFrame(room.room, update));
    }, 5);
    await socket.closed;
    clearInterval(timer);
    closes++;
  }
  return closes;
}

describe('storage flood (issue 12 §1) against the real server', () => {
  it('ends with RSS bounded, /healthz answering, storage bounded and a real pair still pairing and syncing', async () => {
    dirs = await makeTestDirs();
    child = await spawnServer(dirs, 0, { TRUST_PROXY: '1', ROOM_MAX_BYTES: String(1024 * 1024), NEW_ROOMS_PER_IP_PER_HOUR: String(NEW_ROOMS) });
    const pid = child.child.pid ?? 0;
    const url = `ws://127.0.0.1:${child.port}/sync`;
    const until = Date.now() + FLOOD_MS;
    let maxRss = rssMiB(pid);
    const sampler = setInterval(() => (maxRss = Math.max(maxRss, rssMiB(pid))), 100);
    const flood = Promise.all(Array.from({ length: ATTACKERS }, () => attacker(url, until)));

    // Mid-flood: health answers, and a pair from another address pairs (a new room) and syncs.
    await eventually(() => Date.now() > until - FLOOD_MS / 2, FLOOD_MS);
    const health = await fetch(`http://127.0.0.1:${child.port}/healthz`);
    expect(health.status).toBe(200);
    const pairRoom = newTestRoom();
    class FromSchool extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { 'X-Forwarded-For': '198.51.100.2' } });
      }
    }
    const a = connectEnvelope(url, pairRoom, FromSchool);
    const b = connectEnvelope(url, pairRoom, FromSchool);
    const id = a.append(new Uint8Array(randomBytes(93)));
    await eventually(() => a.stored.has(id) && b.doc.getArray('entries').length === 1, 20_000, 'the pair syncs during the flood');

    await flood;
    clearInterval(sampler);
    expect(maxRss).toBeLessThanOrEqual(300);
    expect((await fetch(`http://127.0.0.1:${child.port}/healthz`)).status).toBe(200);
    const db = new Database(join(dirs.dataDir, 'sync.sqlite'), { readonly: true });
    const { rooms, bytes } = db.prepare<[], { rooms: number; bytes: number }>(`SELECT count(DISTINCT room) AS rooms, sum(length("update")) AS bytes FROM ${STORED_ROWS}`).get() ?? { rooms: 0, bytes: 0 };
    db.close();
    expect(rooms).toBeLessThanOrEqual(NEW_ROOMS + 1); // the attacker's budget plus the pair's room
    expect(bytes).toBeLessThanOrEqual((NEW_ROOMS + 1) * 1.1 * 1024 * 1024);
    const id2 = b.append(new Uint8Array(randomBytes(93)));
    await eventually(() => b.stored.has(id2) && a.doc.getArray('entries').length === 2, 20_000, 'the pair still syncs after');
    a.destroy();
    b.destroy();
    console.info(`storage flood: max RSS ${maxRss.toFixed(0)} MiB, ${rooms} rooms, ${(bytes / 1048576).toFixed(1)} MiB stored`);
  }, 90_000);
});
