import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { entryId } from '../src/protocol/index.ts';
import { startEncryptedSync } from '../src/sync/index.ts';
import { eventually } from '../src/test/eventually.ts';
import { connectEnvelope, type EnvelopeClient } from './testing/envelopeClient.ts';
import { messageType } from './testing/rawSocket.ts';
import { newTestRoom, tokenForKey, type TestRoom } from './testing/testRooms.ts';
import { connectClient, isSynced, makeTestDirs, startTestServer, type TestClient, type TestDirs } from './testing/testServer.ts';
import { STORED_ROWS } from './testing/storedRows.ts';

/** Hocuspocus' sync status message type (the provider's `unsyncedChanges`). */
const SYNC_STATUS = 8;
/** Long enough that a tablet's question, or another tablet's compaction, comes before the commit. */
const SLOW_COMMIT_MS = 4000;
const entry = () => new Uint8Array(randomBytes(93));

let dirs: TestDirs;
let server: Awaited<ReturnType<typeof startTestServer>>;
let slowDirs: TestDirs;
let slow: Awaited<ReturnType<typeof startTestServer>>;
const envelopes: EnvelopeClient[] = [];
const tablets: TestClient[] = [];

beforeAll(async () => {
  [dirs, slowDirs] = await Promise.all([makeTestDirs(), makeTestDirs()]);
  [server, slow] = await Promise.all([startTestServer(dirs), startTestServer(slowDirs, 0, { groupCommitMs: SLOW_COMMIT_MS })]);
});
afterEach(() => {
  for (const c of envelopes.splice(0)) c.destroy();
  for (const t of tablets.splice(0)) t.sync.destroy();
});
afterAll(async () => {
  await Promise.all([server.stop(), slow.stop()]);
  await Promise.all([dirs.cleanup(), slowDirs.cleanup()]);
});

const envelope = (url: string, room: ReturnType<typeof newTestRoom>, Socket?: unknown) => {
  const c = connectEnvelope(url, room, Socket);
  envelopes.push(c);
  return c;
};
const tablet = async (...args: Parameters<typeof connectClient>) => {
  const t = await connectClient(...args);
  tablets.push(t);
  return t;
};

/** Whether a committed row of the SQLite log holds these bytes. */
function committed(dataDir: string, bytes: Uint8Array): boolean {
  const db = new Database(join(dataDir, 'sync.sqlite'), { readonly: true });
  try {
    return db.prepare<[], { update: Buffer }>(`SELECT "update" FROM ${STORED_ROWS}`).all().some((row) => row.update.includes(Buffer.from(bytes)));
  } finally {
    db.close();
  }
}

/** Every `stored` message a client gets, in order. */
function storedLog(client: EnvelopeClient): string[][] {
  const log: string[][] = [];
  client.onStored((ids) => log.push(ids));
  return log;
}

describe('who gets "stored"', () => {
  it('the tablet that sent an entry; the other tablet of the room does not wait for it, so it gets nothing', async () => {
    const room = newTestRoom();
    const a = envelope(server.url, room);
    const b = envelope(server.url, room);
    const toA = storedLog(a);
    const toB = storedLog(b);
    await eventually(() => a.provider.isSynced && b.provider.isSynced);
    const id = a.append(entry());
    await eventually(() => a.stored.has(id) && b.doc.getArray('entries').length === 1, 10_000, 'stored to the writer, entry to the other');
    expect(toA).toEqual([[id]]);
    // A later answer on b's socket comes after anything the commit sent to b: nothing was.
    b.confirm([id]);
    await eventually(() => toB.length > 0);
    expect(toB).toEqual([[id]]);
  });

  it('a compaction (an update that deletes entries): its new entries to every connection, one message each', async () => {
    const room = newTestRoom();
    const a = envelope(server.url, room);
    const b = envelope(server.url, room);
    await eventually(() => a.provider.isSynced && b.provider.isSynced);
    const first = a.append(entry());
    await eventually(() => a.stored.has(first) && b.doc.getArray('entries').length === 1);
    const toA = storedLog(a);
    const toB = storedLog(b);
    // b replaces a's entry by a snapshot of its own, in one update, as a tablet compacts.
    const snapshot = entry();
    b.doc.transact(() => {
      const entries = b.doc.getArray('entries');
      entries.delete(0, 1);
      entries.insert(0, [snapshot]);
    });
    const id = entryId(snapshot);
    await eventually(() => a.stored.has(id) && b.stored.has(id), 10_000, 'the snapshot confirmed to both');
    expect(toA).toEqual([[id]]);
    expect(toB).toEqual([[id]]);
  });

  it('answers "confirm" for an entry whose commit is still under way once it is committed, naming it', async () => {
    const room = newTestRoom();
    const a = envelope(slow.url, room);
    const b = envelope(slow.url, room);
    await eventually(() => a.provider.isSynced && b.provider.isSynced);
    const sent = entry();
    const id = a.append(sent);
    await eventually(() => b.doc.getArray('entries').length === 1, 10_000, 'relayed before the commit');
    expect(committed(slowDirs.dataDir, sent)).toBe(false);
    const answers: { ids: string[]; committed: boolean }[] = [];
    b.onStored((ids) => answers.push({ ids, committed: committed(slowDirs.dataDir, sent) }));
    b.confirm([id]);
    await eventually(() => answers.length === 1, 20_000, 'answered');
    expect(answers).toEqual([{ ids: [id], committed: true }]);
  });
});

describe('real tablets reach "gesynchroniseerd"', () => {
  it('after the other tablet’s compaction absorbed its entry before the store had confirmed it', async () => {
    const { room: roomId, key } = newTestRoom();
    // b compacts once it has read two entries, when the next one arrives.
    const b = await tablet(slow.url, roomId, key, new Y.Doc(), { maxBytes: 150 });
    b.doc.getText('school').insert(0, 'b');
    await eventually(() => isSynced(b), 30_000, 'b synced');
    const a = await tablet(slow.url, roomId, key);
    await eventually(() => isSynced(a) && a.doc.getText('school').toString() === 'b', 30_000, 'a synced');
    // A third connection watches the envelope: when a's entry leaves it, was it committed?
    const watcher = envelope(slow.url, newTestRoomWith(roomId, key));
    await eventually(() => watcher.provider.isSynced);
    const before = new Set(watcher.doc.getArray('entries').toArray().map((value) => entryId(value as Uint8Array)));
    let ours: Uint8Array | undefined;
    const committedWhenAbsorbed: boolean[] = [];
    watcher.doc.getArray('entries').observe((event) => {
      for (const item of event.changes.added) {
        for (const value of item.content.getContent()) if (!ours && !before.has(entryId(value as Uint8Array))) ours = value as Uint8Array;
      }
      for (const item of event.changes.deleted) {
        for (const value of item.content.getContent()) if (ours && entryId(value as Uint8Array) === entryId(ours)) committedWhenAbsorbed.push(committed(slowDirs.dataDir, ours));
      }
    });
    a.doc.getText('school').insert(1, 'a');
    await eventually(() => ours !== undefined, 30_000, "a's entry in the envelope");
    a.doc.getText('school').insert(2, 'x');
    await eventually(() => committedWhenAbsorbed.length === 1, 30_000, "b's compaction took a's entry");
    expect(committedWhenAbsorbed).toEqual([false]);
    await eventually(() => isSynced(a) && a.sync.getStatus().pendingChanges === 0 && isSynced(b), 30_000, 'both synced');
    expect(b.doc.getText('school').toString()).toBe('bax');
  }, 90_000);

  it('a restarted tablet with unconfirmed changes, while the other tablet’s last entry is not committed yet', async () => {
    const { room: roomId, key } = newTestRoom();
    const b = await tablet(slow.url, roomId, key);
    b.doc.getText('school').insert(0, 'b');
    await eventually(() => isSynced(b), 30_000, 'b synced');
    b.doc.getText('school').insert(1, 'c'); // in the server's memory, its commit under way
    await eventually(() => b.sync.getStatus().pendingChanges === 1 && !b.sync.getStatus().synced);
    // a asks for every entry the envelope holds, that one included, which nobody else will name to a.
    const a = await tablet(slow.url, roomId, key, new Y.Doc(), {}, { pendingAtStart: 1 });
    await eventually(() => a.doc.getText('school').toString() === 'bc', 30_000, 'a has both');
    await eventually(() => isSynced(a) && a.sync.getStatus().pendingChanges === 0, 30_000, 'a confirmed');
  }, 90_000);
});

describe('bytes down per keystroke', () => {
  it('our tablet gets no sync status after its updates (it waits for "stored"); a stock provider still does', async () => {
    const { room: roomId, key } = newTestRoom();
    const received: Buffer[] = [];
    class Recording extends WebSocket {
      constructor(...args: ConstructorParameters<typeof WebSocket>) {
        super(...args);
        this.on('message', (data: Buffer) => received.push(Buffer.from(data)));
      }
    }
    const doc = new Y.Doc();
    const sync = await startEncryptedSync({ doc, roomKey: key, url: server.url, WebSocketPolyfill: Recording, reconnectDelay: { min: 100, max: 400 } });
    tablets.push({ doc, sync });
    await eventually(() => sync.getStatus().synced, 10_000, 'connected');
    for (const letter of 'abcd') {
      // From the first keystroke's `stored` on, the server has read "noSyncStatus" (sent on authentication, before it).
      if (letter === 'b') received.length = 0;
      doc.getText('school').insert(doc.getText('school').length, letter);
      await eventually(() => sync.getStatus().synced, 10_000, `"${letter}" stored`);
    }
    expect(received.length).toBeGreaterThan(0);
    expect(received.filter((frame) => messageType(frame) === SYNC_STATUS)).toEqual([]);

    const stock = envelope(server.url, newTestRoomWith(roomId, key));
    await eventually(() => stock.provider.isSynced);
    stock.append(entry());
    await eventually(() => !stock.provider.hasUnsyncedChanges, 10_000, 'the stock provider hears its update was applied');
  });
});

/** The room of a tablet's key, for a raw connection beside it. */
const newTestRoomWith = (room: string, key: string): TestRoom => ({ room, key, token: tokenForKey(key) });
