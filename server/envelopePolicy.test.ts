import { randomBytes } from 'node:crypto';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../src/protocol/index.ts';
import { eventually } from '../src/test/eventually.ts';
import { tryAuthenticate, updateFrame } from './testing/rawSocket.ts';
import { entriesOf, readRoom } from './testing/roomReader.ts';
import { newTestRoom, type TestRoom } from './testing/testRooms.ts';
import { makeTestDirs, startTestServer, type TestDirs } from './testing/testServer.ts';

/** Yjs stores only plain Uint8Arrays as binary (not Buffers). */
const bytes = (length: number) => new Uint8Array(randomBytes(length));
const MAX_ENTRY = 4096;
const ROOM_BYTES = 20_000;
const ROOM_ENTRIES = 30;
let dirs: TestDirs;
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  dirs = await makeTestDirs();
  server = await startTestServer(dirs, 0, { maxEntryBytes: MAX_ENTRY, roomMaxBytes: ROOM_BYTES, roomMaxEntries: ROOM_ENTRIES });
});
afterAll(async () => {
  await server.stop();
  await dirs.cleanup();
});

/** The update a change to a copy of the room makes (so deletions name the server's items). */
function updateOf(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  let update: Uint8Array = new Uint8Array();
  const take = (u: Uint8Array) => (update = u);
  doc.on('update', take);
  doc.transact(() => change(doc));
  doc.off('update', take);
  return update;
}

/** Sends one update as an authenticated client; resolves with the close code, or 'open' once the room holds `until`. */
async function send(room: TestRoom, update: Uint8Array, until?: () => Promise<boolean>): Promise<number | 'open'> {
  const { socket } = await tryAuthenticate(server.url, room.room, room.token);
  socket.ws.send(updateFrame(room.room, update));
  const accepted = until ? eventually(until, 10_000, 'update applied').then(() => 'open' as const) : new Promise<never>(() => {});
  const outcome = await Promise.race([socket.closed.then((c) => c.code), accepted]);
  socket.ws.close();
  return outcome;
}

const holds = (room: TestRoom, count: number) => async () => entriesOf(await readRoom(server.url, room.room, room.token)).length === count;

describe('envelope rules: only binary entries in `entries`, and deletions', () => {
  it('accepts appends and a compaction (delete what was read, append one snapshot)', async () => {
    const room = newTestRoom();
    const writer = new Y.Doc();
    const appended = updateOf(writer, (d) => d.getArray('entries').push([bytes(100), bytes(100), bytes(100)]));
    expect(await send(room, appended, holds(room, 3))).toBe('open');
    const copy = await readRoom(server.url, room.room, room.token);
    const compaction = updateOf(copy, (d) => {
      d.getArray('entries').delete(0, 3);
      d.getArray('entries').push([bytes(200)]);
    });
    expect(await send(room, compaction, holds(room, 1))).toBe('open');
  });

  const hostile: [string, (doc: Y.Doc) => void][] = [
    ['a string in entries', (d) => d.getArray('entries').push(['plain text'])],
    ['JSON in entries', (d) => d.getArray('entries').push([{ role: 'politie' }])],
    ['another root array', (d) => d.getArray('other').push([bytes(10)])],
    ['a root text', (d) => d.getText('notes').insert(0, 'hallo')],
    ['a root map', (d) => d.getMap('entries-map').set('k', bytes(10))],
    ['a nested type in entries', (d) => d.getArray('entries').push([new Y.Map()])],
  ];
  for (const [what, change] of hostile) {
    it(`refuses ${what} with 1008, and applies nothing of it`, async () => {
      const room = newTestRoom();
      const update = updateOf(new Y.Doc(), (d) => {
        d.getArray('entries').push([bytes(50)]); // a valid entry in the same update is not applied either
        change(d);
      });
      expect(await send(room, update)).toBe(CLOSE.policy);
      const doc = await readRoom(server.url, room.room, room.token);
      expect(entriesOf(doc)).toEqual([]);
      expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(new Y.Doc()));
    });
  }

  it('refuses a map key on the entries array itself (parentSub)', async () => {
    const room = newTestRoom();
    expect(await send(room, updateOf(new Y.Doc(), (d) => d.getMap('entries').set('k', bytes(10))))).toBe(CLOSE.policy);
  });

  it('refuses a broadcast of stateless text by a client: nobody can forge "stored" to the room', async () => {
    const room = newTestRoom();
    const { socket } = await tryAuthenticate(server.url, room.room, room.token);
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, room.room);
    encoding.writeVarUint(encoder, 6); // BroadcastStateless
    encoding.writeVarString(encoder, '{"t":"stored","ids":[]}');
    socket.ws.send(encoding.toUint8Array(encoder));
    expect((await socket.closed).code).toBe(CLOSE.policy);
  });

  it('refuses an entry over the size limit with "room full"', async () => {
    const room = newTestRoom();
    expect(await send(room, updateOf(new Y.Doc(), (d) => d.getArray('entries').push([bytes(MAX_ENTRY + 1)])))).toBe(CLOSE.roomFull);
    expect(entriesOf(await readRoom(server.url, room.room, room.token))).toEqual([]);
  });

  it('refuses what would take the room past its byte quota, and still lets a compaction through', async () => {
    const room = newTestRoom();
    const writer = new Y.Doc();
    const four = updateOf(writer, (d) => d.getArray('entries').push(Array.from({ length: 4 }, () => bytes(4000))));
    expect(await send(room, four, holds(room, 4))).toBe('open');
    const tooMuch = updateOf(writer, (d) => d.getArray('entries').push([bytes(4000), bytes(4000)]));
    expect(await send(room, tooMuch)).toBe(CLOSE.roomFull);
    expect(entriesOf(await readRoom(server.url, room.room, room.token))).toHaveLength(4);
    const copy = await readRoom(server.url, room.room, room.token);
    const compaction = updateOf(copy, (d) => {
      d.getArray('entries').delete(0, 4);
      d.getArray('entries').push([bytes(4000)]);
    });
    expect(await send(room, compaction, holds(room, 1))).toBe('open');
  });

  it('refuses what would take the room past its entry quota', async () => {
    const room = newTestRoom();
    const writer = new Y.Doc();
    const full = updateOf(writer, (d) => d.getArray('entries').push(Array.from({ length: ROOM_ENTRIES }, () => bytes(10))));
    expect(await send(room, full, holds(room, ROOM_ENTRIES))).toBe('open');
    expect(await send(room, updateOf(writer, (d) => d.getArray('entries').push([bytes(10)])))).toBe(CLOSE.roomFull);
    expect(entriesOf(await readRoom(server.url, room.room, room.token))).toHaveLength(ROOM_ENTRIES);
  });
});
