/**
 * Test helper: a WebSocket spoken by hand over TCP, for frames no WebSocket library would send
 * (a header announcing more than the server accepts, with only part of the payload behind it).
 * A client that streams a whole oversized frame can be reset by the server's close before it
 * reads the close frame; announcing the size and then waiting reads the server's answer for sure.
 */
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

export interface TcpWebSocket {
  socket: Socket;
  /** The status code of the first close frame the server sends (1005 when it has none). */
  closeCode: Promise<number>;
}

export async function openTcpWebSocket(url: string): Promise<TcpWebSocket> {
  const { hostname, port, pathname } = new URL(url);
  const socket = connect(Number(port), hostname);
  socket.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  socket.write(
    `GET ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
  );
  let buffered = Buffer.alloc(0);
  let upgraded: ((accepted: boolean) => void) | undefined;
  const upgrade = new Promise<boolean>((resolve) => (upgraded = resolve));
  const closeCode = new Promise<number>((resolve) => {
    socket.on('close', () => {
      upgraded?.(false);
      resolve(1006);
    });
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      if (upgraded) {
        const end = buffered.indexOf('\r\n\r\n');
        if (end < 0) return;
        upgraded(buffered.subarray(0, 12).toString() === 'HTTP/1.1 101');
        upgraded = undefined;
        buffered = buffered.subarray(end + 4);
      }
      const code = firstCloseCode(buffered);
      if (code !== undefined) resolve(code);
    });
  });
  if (!(await upgrade)) throw new Error('the server refused the upgrade');
  return { socket, closeCode };
}

/** A masked binary frame header announcing `length` payload bytes, followed by `sent` of them. */
export function announceBinaryFrame(ws: TcpWebSocket, length: number, sent: number): void {
  const header = Buffer.alloc(14);
  header[0] = 0x82; // FIN + binary
  header[1] = 0x80 | 127; // masked, 64-bit length
  header.writeBigUInt64BE(BigInt(length), 2);
  randomBytes(4).copy(header, 10);
  ws.socket.write(Buffer.concat([header, Buffer.alloc(sent)]));
}

/** Walks the server's unmasked frames; the code of the first close frame, if it has arrived. */
function firstCloseCode(bytes: Buffer): number | undefined {
  let offset = 0;
  while (offset + 2 <= bytes.length) {
    const opcode = (bytes[offset] ?? 0) & 0x0f;
    let length = (bytes[offset + 1] ?? 0) & 0x7f;
    let start = offset + 2;
    if (length === 126) {
      if (start + 2 > bytes.length) return undefined;
      length = bytes.readUInt16BE(start);
      start += 2;
    } else if (length === 127) {
      if (start + 8 > bytes.length) return undefined;
      length = Number(bytes.readBigUInt64BE(start));
      start += 8;
    }
    if (start + length > bytes.length) return undefined;
    if (opcode === 0x8) return length >= 2 ? bytes.readUInt16BE(start) : 1005;
    offset = start + length;
  }
  return undefined;
}
