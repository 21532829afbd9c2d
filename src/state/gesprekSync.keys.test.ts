/**
 * A gesprek restored with an alternative key: the real server accepts the working key (nothing
 * changes); a server that refuses it (4401) makes the tablet switch to the alternative and store it.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { connectClient, makeTestDirs, startTestServer, type TestClient } from '../../server/testing/testServer.ts';
import { roomIdFromToken } from '../protocol/index.ts';
import { deriveConnectionToken, newRoomKeyText, roomKeyFromBase64Url } from '../sync/index.ts';
import { eventually } from '../test/eventually.ts';
import { startScriptedServer } from '../sync/testing/scriptedServer.ts';
import { addGesprek, getGesprek } from '../storage/gesprekList.ts';
import { openGesprekSession, type GesprekSession } from './gesprekSession.ts';
import { createGesprekSync, type GesprekSync } from './gesprekSync.ts';

// Node 20 has no WebSocket of its own; the app uses the global one, as a browser has.
beforeAll(() => vi.stubGlobal('WebSocket', WebSocket));

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let count = 0;
async function restoredGesprek(roomKey: string, alternativeRoomKeys: string[]): Promise<GesprekSession> {
  const id = `hersteldGesprek${String(++count).padStart(7, 'A')}`;
  await addGesprek({ id, schoolName: 'Het Øster College', date: '2026-11-23', createdAt: 1, updatedAt: 1, roomKey, roomVersion: 2, alternativeRoomKeys });
  const session = await openGesprekSession(id);
  if (!session) throw new Error('not stored');
  cleanups.push(() => session.close());
  return session;
}

function syncOf(session: GesprekSession, origin: string): GesprekSync {
  const sync = createGesprekSync(session, origin);
  cleanups.push(() => sync.close());
  return sync;
}

async function partnerOn(url: string, roomKey: string): Promise<TestClient> {
  const partner = await connectClient(url, 'partner', roomKey, new Y.Doc());
  cleanups.push(() => partner.sync.destroy());
  return partner;
}

const roomOf = async (key: string) => roomIdFromToken(await deriveConnectionToken(roomKeyFromBase64Url(key) ?? new Uint8Array()));

describe('a restored gesprek with an alternative key', () => {
  it('on the real server keeps the working key, which the server accepts, and syncs with it', async () => {
    const dirs = await makeTestDirs();
    const server = await startTestServer(dirs);
    cleanups.push(() => dirs.cleanup(), () => server.stop());
    const [working, other] = [newRoomKeyText(), newRoomKeyText()];
    const partner = await partnerOn(server.url, working);
    partner.doc.getText('samenwerking').insert(0, 'Afspraken van de wijkagent');
    const session = await restoredGesprek(working, [other]);
    const sync = syncOf(session, `http://127.0.0.1:${server.port}`);
    await eventually(() => session.doc.getText('samenwerking').toString() === 'Afspraken van de wijkagent', 10_000, 'synced on the working key');
    await eventually(() => sync.store.getState().status?.synced === true, 10_000, 'confirmed');
    expect(sync.store.getState()).toMatchObject({ roomKey: working, status: { refused: false } });
    expect(await getGesprek(session.id)).toMatchObject({ roomKey: working, alternativeRoomKeys: [other] });
  });

  it('switches to the alternative when the working key gets a final 4401, and stores the switch', async () => {
    const server = await startScriptedServer();
    cleanups.push(() => server.stop());
    const [working, other] = [newRoomKeyText(), newRoomKeyText()];
    server.refuseRoom(await roomOf(working));
    const partner = await partnerOn(server.url, other);
    partner.doc.getText('samenwerking').insert(0, 'Afspraken van de wijkagent');
    const session = await restoredGesprek(working, [other]);
    const sync = syncOf(session, server.url.replace(/^ws/, 'http'));
    await eventually(() => session.doc.getText('samenwerking').toString() === 'Afspraken van de wijkagent', 10_000, 'synced on the alternative');
    await eventually(async () => (await getGesprek(session.id))?.roomKey === other, 5000, 'switch stored');
    expect(await getGesprek(session.id)).toMatchObject({ roomKey: other, alternativeRoomKeys: [working] });
    expect(sync.store.getState()).toMatchObject({ roomKey: other, status: { refused: false } });
    expect(session.record).toMatchObject({ roomKey: other, alternativeRoomKeys: [working] });
  });
});
