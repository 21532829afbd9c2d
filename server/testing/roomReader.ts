/** Test helper: what the server holds for a room, read over the raw protocol (sync step 1 → step 2). */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { eventually } from '../../src/test/eventually.ts';
import { authFrame, openRaw, syncStep1Frame } from './rawSocket.ts';

/** The step-2 update in a server frame, or null for any other frame. */
export function step2Update(frame: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(frame);
  decoding.readVarString(decoder);
  if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 1) return null;
  return decoding.readVarUint8Array(decoder);
}

/** A copy of the room's envelope as the server has it now. */
export async function readRoom(url: string, room: string, token: string): Promise<Y.Doc> {
  const socket = openRaw(url);
  await socket.opened;
  socket.ws.send(authFrame(room, token));
  socket.ws.send(syncStep1Frame(room));
  const update = await eventually(() => socket.received.map(step2Update).find((u) => u !== null) ?? false, 10_000, 'sync step 2');
  socket.ws.close();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
}

export const entriesOf = (doc: Y.Doc): unknown[] => doc.getArray('entries').toArray();
