import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { eventually } from '../src/test/eventually.ts';
import { connectEnvelope, type EnvelopeClient } from './testing/envelopeClient.ts';
import { messageType } from './testing/rawSocket.ts';
import { newTestRoom } from './testing/testRooms.ts';
import { makeTestDirs, startTestServer, type TestDirs } from './testing/testServer.ts';

/** A `ws` WebSocket that keeps every frame it sent and received (binary frames only). */
function recordingSocket() {
  const sent: Buffer[] = [];
  const received: Buffer[] = [];
  class Recording extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      this.on('message', (data: Buffer) => received.push(Buffer.from(data)));
    }
    override send(data: unknown, ...rest: unknown[]): void {
      if (data instanceof Uint8Array) sent.push(Buffer.from(data));
      (super.send as (...a: unknown[]) => void)(data, ...rest);
    }
  }
  return { Recording, sent, received };
}

let dirs: TestDirs;
let server: Awaited<ReturnType<typeof startTestServer>>;
const clients: EnvelopeClient[] = [];
beforeAll(async () => {
  dirs = await makeTestDirs();
  server = await startTestServer(dirs);
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
  await dirs.cleanup();
});

it("does not send a tablet's own update back to it; the other tablet gets it, and both are confirmed", async () => {
  const room = newTestRoom();
  const writer = recordingSocket();
  const other = recordingSocket();
  const a = connectEnvelope(server.url, room, writer.Recording);
  const b = connectEnvelope(server.url, room, other.Recording);
  clients.push(a, b);
  await eventually(() => a.provider.isSynced && b.provider.isSynced, 10_000, 'both synced');

  const ids = [a.append(new Uint8Array(randomBytes(93))), a.append(new Uint8Array(randomBytes(93)))];
  await eventually(() => ids.every((id) => a.stored.has(id)), 10_000, 'the server stored both entries');
  await eventually(() => b.doc.getArray('entries').length === 2, 10_000, 'the other tablet has both entries');
  await eventually(() => !a.provider.hasUnsyncedChanges, 10_000, 'the writer has no unsynced changes');

  const updatesSent = writer.sent.filter((frame) => messageType(frame) === 0 && frame.length > 100);
  expect(updatesSent.length).toBeGreaterThanOrEqual(2);
  // Every update the writer sent reached the other tablet byte for byte, and none came back.
  for (const frame of updatesSent) {
    expect(other.received.some((r) => r.equals(frame))).toBe(true);
    expect(writer.received.some((r) => r.equals(frame))).toBe(false);
  }
});
