/**
 * The transition to rooms bound to the key, with the real server and real providers: a gesprek
 * shared before v2 reads its legacy room once, then syncs in the v2 room (docs/sync-client.md).
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { newGesprekId } from '../src/domain/ids/gesprekId.ts';
import { EncryptedReplica } from '../src/sync/encryptedReplica.ts';
import { deriveConnectionToken, importRoomKey, roomKeyFromBase64Url } from '../src/sync/roomKey.ts';
import { newRoomKeyText } from '../src/sync/index.ts';
import { eventually } from '../src/test/eventually.ts';
import { seedLegacyRoom } from './testing/legacyRooms.ts';
import { connectClient, isSynced, makeTestDirs, startTestServer, type TestClient, type TestDirs } from './testing/testServer.ts';

let dirs: TestDirs;
let server: Awaited<ReturnType<typeof startTestServer>>;
const cleanups: Array<() => void> = [];

beforeEach(async () => {
  dirs = await makeTestDirs();
  server = await startTestServer(dirs);
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await server.stop();
  await dirs.cleanup();
});

/** A tablet of the app before v2: room = gesprek id, entries sealed with the gesprek id as associated data. */
async function legacyTablet(gesprekId: string, roomKey: string) {
  const keyBytes = roomKeyFromBase64Url(roomKey) ?? new Uint8Array();
  const [key, token] = await Promise.all([importRoomKey(keyBytes), deriveConnectionToken(keyBytes)]);
  // A pre-v2 server made this row on first use; today's server never makes one, so the test seeds it.
  await seedLegacyRoom(dirs.dataDir, gesprekId, token);
  const plain = new Y.Doc();
  const envelope = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: gesprekId, document: envelope, token });
  const replica = new EncryptedReplica({ plain, envelope, roomId: gesprekId, key });
  provider.on('synced', () => void replica.goOnline());
  provider.attach();
  cleanups.push(() => {
    replica.destroy();
    provider.destroy();
    socket.destroy();
  });
  await eventually(() => replica.isLive, 10_000, 'legacy tablet online');
  return { plain, provider, replica };
}

async function tablet(gesprekId: string, roomKey: string, legacy: boolean, doc = new Y.Doc()) {
  let legacyRead = 0;
  const more = legacy ? { legacyRoomId: gesprekId, onLegacyRead: () => legacyRead++ } : {};
  const client: TestClient = await connectClient(server.url, gesprekId, roomKey, doc, {}, more);
  cleanups.push(() => client.sync.destroy());
  return { ...client, legacyReads: () => legacyRead };
}

describe('from gesprek-id rooms to rooms bound to the key', () => {
  it('reads the legacy room once, merges it, and from then on syncs it in the v2 room', async () => {
    const gesprekId = newGesprekId();
    const roomKey = newRoomKeyText();
    const old = await legacyTablet(gesprekId, roomKey);
    old.plain.getText('school').insert(0, 'Montessori Lyceum Zuidoost');
    await eventually(() => old.provider.unsyncedChanges === 0 && !old.replica.isBusy, 10_000, 'legacy entry with the server');

    // The other tablet, upgraded, had joined before v2: its record has no v2 marker.
    const upgraded = await tablet(gesprekId, roomKey, true);
    await eventually(() => upgraded.legacyReads() === 1, 10_000, 'legacy room read');
    expect(upgraded.doc.getText('school').toString()).toBe('Montessori Lyceum Zuidoost');
    expect(upgraded.sync.roomId).not.toBe(gesprekId);
    await eventually(() => isSynced(upgraded), 10_000, 'upgraded tablet synced');

    // A fresh tablet that knows only the key (and no legacy room) gets it from the v2 room.
    const fresh = await tablet(gesprekId, roomKey, false);
    await eventually(() => fresh.doc.getText('school').toString() === 'Montessori Lyceum Zuidoost', 10_000, 'fresh tablet has it');
    expect(upgraded.legacyReads()).toBe(1);
  });

  it('takes a refusal of the legacy room (4401) as nothing to migrate, and syncs in the v2 room', async () => {
    const gesprekId = newGesprekId();
    const old = await legacyTablet(gesprekId, newRoomKeyText());
    old.plain.getText('school').insert(0, 'Andere sleutel');
    await eventually(() => old.provider.unsyncedChanges === 0, 10_000, 'legacy room claimed');

    const roomKey = newRoomKeyText();
    const upgraded = await tablet(gesprekId, roomKey, true);
    upgraded.doc.getText('school').insert(0, 'Eigen tekst');
    await eventually(() => upgraded.legacyReads() === 1, 10_000, 'legacy read ended');
    await eventually(() => isSynced(upgraded), 10_000, 'synced in the v2 room');
    expect(upgraded.sync.getStatus().refused).toBe(false);
    expect(upgraded.doc.getText('school').toString()).toBe('Eigen tekst');
    const fresh = await tablet(gesprekId, roomKey, false);
    await eventually(() => fresh.doc.getText('school').toString() === 'Eigen tekst', 10_000, 'fresh tablet has it');
  });
});
