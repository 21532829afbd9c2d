/** Retry, don't refuse: only CLOSE.wrongKey is final (docs/sync-client.md), against a real Hocuspocus server. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { CLOSE } from '../protocol/index.ts';
import { startEncryptedSync, type EncryptedSync } from './encryptedSync.ts';
import { newRoomKeyText } from './newRoomKeyText.ts';
import { eventually } from '../test/eventually.ts';
import { startScriptedServer, type ScriptedServer } from './testing/scriptedServer.ts';

let server: ScriptedServer;
const syncs: EncryptedSync[] = [];

beforeEach(async () => {
  server = await startScriptedServer();
});
afterEach(async () => {
  for (const sync of syncs.splice(0)) sync.destroy();
  await server.stop();
});

async function tablet(roomKey: string, doc = new Y.Doc()) {
  const sync = await startEncryptedSync({ doc, roomKey, url: server.url, WebSocketPolyfill: WebSocket, reconnectDelay: { min: 20, max: 80 } });
  syncs.push(sync);
  return { doc, sync };
}

const text = (doc: Y.Doc) => doc.getText('t');

describe('reconnecting after the server closed', () => {
  it.each([CLOSE.serverTrouble, CLOSE.storageFull, CLOSE.roomFull, CLOSE.tooManyNewRooms])(
    'retries after %i, says the server has trouble meanwhile, and then syncs',
    async (code) => {
      const key = newRoomKeyText();
      server.closeOnConnect(code, 3);
      const a = await tablet(key);
      text(a.doc).insert(0, 'Montessori');
      await eventually(() => a.sync.getStatus().serverTrouble, 5000, 'server trouble said');
      expect(a.sync.getStatus()).toMatchObject({ state: 'offline', refused: false, pendingChanges: 1 });
      await eventually(() => a.sync.getStatus().synced, 5000, 'synced after retries');
      expect(a.sync.getStatus().serverTrouble).toBe(false);
      expect(server.attempts()).toBeGreaterThanOrEqual(4);
      const b = await tablet(key);
      await eventually(() => text(b.doc).toString() === 'Montessori', 5000, 'the other tablet has it');
    },
  );

  it('takes only a wrong key as final: no more attempts, and says so', async () => {
    const key = newRoomKeyText();
    server.closeOnConnect(CLOSE.wrongKey);
    const a = await tablet(key);
    await eventually(() => a.sync.getStatus().refused, 5000, 'refused');
    const attempts = server.attempts();
    a.sync.reconnect();
    text(a.doc).insert(0, 'x');
    // Another tablet connects and syncs meanwhile, far longer than A's 20 ms retry delay.
    const b = await tablet(key);
    text(b.doc).insert(0, 'y');
    await eventually(() => b.sync.getStatus().synced, 5000, 'B synced');
    expect(server.attempts()).toBe(attempts + 1);
    expect(a.sync.getStatus()).toMatchObject({ refused: true, state: 'offline' });
  });

  it('says "Niet verbonden" on a lost network, not server trouble, and comes back by itself', async () => {
    const key = newRoomKeyText();
    const a = await tablet(key);
    await eventually(() => a.sync.getStatus().synced, 5000, 'synced');
    server.dropAll();
    await eventually(() => a.sync.getStatus().state === 'offline', 5000, 'offline');
    expect(a.sync.getStatus().serverTrouble).toBe(false);
    text(a.doc).insert(0, 'na de storing');
    await eventually(() => a.sync.getStatus().synced, 5000, 'back and synced');
    const b = await tablet(key);
    await eventually(() => text(b.doc).toString() === 'na de storing', 5000, 'B has it');
  });

  it('after an idle close waits for the user, then reconnects when they type', async () => {
    const key = newRoomKeyText();
    const a = await tablet(key);
    await eventually(() => a.sync.getStatus().synced, 5000, 'synced');
    const attempts = server.attempts();
    server.closeAll(CLOSE.idle);
    await eventually(() => a.sync.getStatus().state === 'paused', 5000, 'paused');
    // B connects and syncs: longer than A's retry delay, yet A made no attempt of its own.
    const b = await tablet(key);
    await eventually(() => b.sync.getStatus().synced, 5000, 'B synced');
    expect(server.attempts()).toBe(attempts + 1);
    text(a.doc).insert(0, 'weer aan het typen');
    await eventually(() => a.sync.getStatus().synced, 5000, 'A reconnected and synced');
    await eventually(() => text(b.doc).toString() === 'weer aan het typen', 5000, 'B has it');
  });
});
