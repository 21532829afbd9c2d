/** Test helper: a bare WebSocket that records what the server sends and how it closes. */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';

export interface RawSocket {
  ws: WebSocket;
  received: Uint8Array[];
  closed: Promise<{ code: number; reason: string }>;
  opened: Promise<void>;
}

export function openRaw(url: string, headers: Record<string, string> = {}): RawSocket {
  const ws = new WebSocket(url, { headers });
  const received: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
  ws.on('error', () => {});
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, received, closed, opened };
}

/** Hocuspocus frames: room name, message type, payload. */
export function authFrame(room: string, token: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, room);
  encoding.writeVarUint(encoder, 2); // Auth
  encoding.writeVarUint(encoder, 0); // Token
  encoding.writeVarString(encoder, token);
  return encoding.toUint8Array(encoder);
}

export function syncStep1Frame(room: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, room);
  encoding.writeVarUint(encoder, 0); // Sync
  encoding.writeVarUint(encoder, 0); // step 1
  encoding.writeVarUint8Array(encoder, new Uint8Array([0])); // empty state vector
  return encoding.toUint8Array(encoder);
}

/** The message type of a server frame (after the room name), or -1. */
export function messageType(frame: Uint8Array): number {
  const decoder = { pos: 0 };
  const readVarUint = (): number => {
    let value = 0;
    for (let shift = 0; decoder.pos < frame.length; shift += 7) {
      const byte = frame[decoder.pos++] ?? 0;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    return -1;
  };
  const nameLength = readVarUint();
  decoder.pos += nameLength;
  return readVarUint();
}

/** A sync "update" frame carrying an arbitrary payload (valid Yjs or not). */
export function updateFrame(room: string, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, room);
  encoding.writeVarUint(encoder, 0); // Sync
  encoding.writeVarUint(encoder, 2); // update
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** For an Auth frame from the server: 2 = authenticated, 1 = permission denied; -1 for anything else. */
export function authReply(frame: Uint8Array): number {
  if (messageType(frame) !== 2) return -1;
  const decoder = decoding.createDecoder(frame);
  decoding.readVarString(decoder);
  decoding.readVarUint(decoder);
  return decoding.readVarUint(decoder);
}

/** Opens a socket, authenticates for `room`, and resolves once the server answered (or closed). */
export async function tryAuthenticate(url: string, room: string, token: string): Promise<{ socket: RawSocket; authenticated: boolean; code?: number }> {
  const socket = openRaw(url);
  await socket.opened;
  socket.ws.send(authFrame(room, token));
  const answer = await Promise.race([
    socket.closed.then(({ code }) => ({ code })),
    new Promise<{ authenticated: true }>((resolve) => {
      const check = () => (socket.received.some((frame) => authReply(frame) === 2) ? resolve({ authenticated: true }) : undefined);
      socket.ws.on('message', check);
    }),
  ]);
  return 'code' in answer ? { socket, authenticated: false, code: answer.code } : { socket, authenticated: true };
}
