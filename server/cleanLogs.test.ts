import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { redactRoomIds } from './logRedaction.ts';
import { spawnServer, type ChildServer } from './testing/childServer.ts';
import { seedLegacyRoom } from './testing/legacyRooms.ts';
import { authFrame, openRaw, syncStep1Frame, tryAuthenticate, updateFrame } from './testing/rawSocket.ts';
import { newLegacyRoomId, newTestRoom } from './testing/testRooms.ts';
import { makeTestDirs, type TestDirs } from './testing/testServer.ts';

let dirs: TestDirs | undefined;
let child: ChildServer | undefined;
afterAll(async () => {
  child?.child.kill('SIGKILL');
  await dirs?.cleanup();
});

describe('clean logs', () => {
  it('prints no room id, its own lines and Hocuspocus’ alike, under hostile input', async () => {
    dirs = await makeTestDirs();
    const legacy = newLegacyRoomId();
    const legacyOwner = newTestRoom();
    await seedLegacyRoom(dirs.dataDir, legacy, legacyOwner.token);
    child = await spawnServer(dirs, 0, { IDLE_SOCKET_MS: '500' });
    const url = `ws://127.0.0.1:${child.port}/sync`;
    const room = newTestRoom();
    const rooms = [room.room, legacy];
    for (const name of rooms) {
      // Wrong keys, no token, garbage after the room name, malformed Yjs, forbidden content, an idle socket.
      for (const token of [newTestRoom().token, '', 'x']) {
        const socket = openRaw(url);
        await socket.opened;
        socket.ws.send(authFrame(name, token));
        await socket.closed;
      }
      const owner = name === legacy ? legacyOwner : room;
      for (const payload of [randomBytes(64), new Uint8Array([0, 0, 0, 1, 2, 3])]) {
        const { socket } = await tryAuthenticate(url, name, owner.token);
        socket.ws.send(updateFrame(name, payload));
        socket.ws.send(Buffer.concat([Buffer.from(authFrame(name, owner.token)).subarray(0, name.length + 1), randomBytes(40)]));
        await socket.closed;
      }
      const forbidden = new Y.Doc();
      forbidden.getText('plain').insert(0, 'tekst');
      const { socket } = await tryAuthenticate(url, name, owner.token);
      socket.ws.send(syncStep1Frame(name));
      socket.ws.send(updateFrame(name, Y.encodeStateAsUpdate(forbidden)));
      await socket.closed;
      const idle = await tryAuthenticate(url, name, owner.token);
      await idle.socket.closed;
    }
    const output = child.output();
    expect(output).toContain('closed a connection'); // it did log, about these sockets
    for (const name of rooms) expect(output).not.toContain(name);
  }, 60_000);

  it('redacts room-id-shaped words in any line', () => {
    const { room } = newTestRoom();
    const legacy = newLegacyRoomId();
    expect(redactRoomIds(`closing connection (while handling ${room}) and ${legacy}.`)).toBe('closing connection (while handling [room]) and [room].');
    expect(redactRoomIds('relay: Redis is back; relaying 2 open room(s) again')).toBe('relay: Redis is back; relaying 2 open room(s) again');
  });
});
