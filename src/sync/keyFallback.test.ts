/** Alternative keys after a final 4401, against a real Hocuspocus server that refuses chosen rooms. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { roomIdFromToken } from '../protocol/index.ts';
import { startEncryptedSync, type EncryptedSync } from './encryptedSync.ts';
import { startSyncWithKeyFallback, type RoomKeys, type SyncSession } from './keyFallback.ts';
import { newRoomKeyText } from './newRoomKeyText.ts';
import { deriveConnectionToken, roomKeyFromBase64Url } from './roomKey.ts';
import { eventually } from '../test/eventually.ts';
import { startScriptedServer, type ScriptedServer } from './testing/scriptedServer.ts';

let server: ScriptedServer;
const running: (SyncSession | EncryptedSync)[] = [];

beforeEach(async () => {
  server = await startScriptedServer();
});
afterEach(async () => {
  for (const sync of running.splice(0)) sync.destroy();
  await server.stop();
});

const roomOf = async (key: string) => roomIdFromToken(await deriveConnectionToken(roomKeyFromBase64Url(key) ?? new Uint8Array()));
const connection = { WebSocketPolyfill: WebSocket, reconnectDelay: { min: 20, max: 80 } };

async function restoredTablet(roomKey: string, alternativeRoomKeys: string[], doc = new Y.Doc()) {
  const switches: RoomKeys[] = [];
  const sync = await startSyncWithKeyFallback({
    doc,
    roomKey,
    alternativeRoomKeys,
    onRoomKeysChanged: (keys) => switches.push(keys),
    url: server.url,
    ...connection,
  });
  running.push(sync);
  const statuses: boolean[] = [];
  sync.subscribe((status) => statuses.push(status.refused));
  return { doc, sync, switches, everRefused: () => statuses.includes(true) };
}

async function partner(roomKey: string) {
  const doc = new Y.Doc();
  const sync = await startEncryptedSync({ doc, roomKey, url: server.url, ...connection });
  running.push(sync);
  return { doc, sync };
}

describe('alternative keys after a final 4401', () => {
  it('switches to the alternative the server accepts, keeps the refused key as an alternative, and syncs', async () => {
    const [working, other] = [newRoomKeyText(), newRoomKeyText()];
    server.refuseRoom(await roomOf(working));
    const partnerTablet = await partner(other);
    partnerTablet.doc.getText('t').insert(0, 'Van de andere tablet');
    const tablet = await restoredTablet(working, [other]);
    await eventually(() => tablet.doc.getText('t').toString() === 'Van de andere tablet', 5000, 'synced on the alternative key');
    tablet.doc.getText('u').insert(0, 'Terug');
    await eventually(() => partnerTablet.doc.getText('u').toString() === 'Terug', 5000, 'the partner has it');
    expect(tablet.switches).toEqual([{ roomKey: other, alternativeRoomKeys: [working] }]);
    expect(tablet.sync.roomId).toBe(await roomOf(other));
    expect(tablet.everRefused()).toBe(false);
    expect(server.roomAttempts(await roomOf(working))).toBe(1);
  });

  it('tries each alternative once, in order, and takes the first one accepted', async () => {
    const [working, wrong, right] = [newRoomKeyText(), newRoomKeyText(), newRoomKeyText()];
    server.refuseRoom(await roomOf(working));
    server.refuseRoom(await roomOf(wrong));
    const tablet = await restoredTablet(working, [wrong, right]);
    await eventually(() => tablet.sync.getStatus().synced, 5000, 'synced on the second alternative');
    expect(tablet.switches).toEqual([{ roomKey: right, alternativeRoomKeys: [working, wrong] }]);
    expect([await roomOf(working), await roomOf(wrong)].map((room) => server.roomAttempts(room))).toEqual([1, 1]);
    expect(tablet.everRefused()).toBe(false);
  });

  it('says "refused" only when no key is accepted, after one attempt each, and retries none', async () => {
    const keys = [newRoomKeyText(), newRoomKeyText(), newRoomKeyText()];
    for (const key of keys) server.refuseRoom(await roomOf(key));
    const tablet = await restoredTablet(keys[0] ?? '', keys.slice(1));
    await eventually(() => tablet.sync.getStatus().refused, 5000, 'refused');
    tablet.sync.reconnect();
    tablet.doc.getText('t').insert(0, 'x');
    const check = await partner(newRoomKeyText()); // another connection gets through meanwhile
    await eventually(() => check.sync.getStatus().synced, 5000, 'other tablet synced');
    expect(await Promise.all(keys.map(async (key) => server.roomAttempts(await roomOf(key))))).toEqual([1, 1, 1]);
    expect(tablet.switches).toEqual([]);
    expect(tablet.sync.getStatus()).toMatchObject({ refused: true, state: 'offline' });
  });

  it('never tries an alternative while the working key is accepted', async () => {
    const [working, other] = [newRoomKeyText(), newRoomKeyText()];
    const tablet = await restoredTablet(working, [other]);
    await eventually(() => tablet.sync.getStatus().synced, 5000, 'synced');
    expect(server.roomAttempts(await roomOf(other))).toBe(0);
    expect(tablet.switches).toEqual([]);
    expect(tablet.sync.roomId).toBe(await roomOf(working));
  });
});
