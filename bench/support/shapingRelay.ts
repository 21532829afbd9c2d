/**
 * A TCP relay in front of the server that behaves like a slow link (P9): every byte of every
 * connection (HTTP and WebSocket alike) shares one downlink and one uplink of the given rate, and
 * each direction adds half the round-trip time; a new connection costs one round trip before its
 * first byte (the TCP handshake). CDP network emulation does not slow a service worker's own
 * fetches, this does.
 */
import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface LinkShape {
  downMbit: number;
  upMbit: number;
  rttMs: number;
}

/** One chunk on the link, for a timeline (bench/firstVisitTimeline.ts): times in ms of `performance.now()`. */
export interface LinkChunk {
  connection: number;
  direction: 'down' | 'up';
  bytes: number;
  /** When it came to the link, began to leave (after what was queued before it), and arrived. */
  queuedAt: number;
  sentAt: number;
  arrivedAt: number;
}

export interface RelayObserver {
  onConnection?(connection: number, at: number): void;
  onChunk?(chunk: LinkChunk): void;
}

/** One direction of the link: chunks leave one after another at `bitsPerSecond`, then travel `delayMs`. */
class Pipe {
  private freeAt = 0;
  bytes = 0;
  constructor(
    private readonly bitsPerSecond: number,
    private readonly delayMs: number,
  ) {}

  /** Returns the chunk's times on the link (for an observer). */
  send(chunk: Buffer, to: Socket): { queuedAt: number; sentAt: number; arrivedAt: number } {
    const now = performance.now();
    const start = Math.max(now, this.freeAt);
    this.freeAt = start + (chunk.length * 8 * 1000) / this.bitsPerSecond;
    this.bytes += chunk.length;
    const arrive = this.freeAt + this.delayMs;
    setTimeout(() => {
      if (!to.destroyed) to.write(chunk);
    }, Math.max(0, arrive - now));
    return { queuedAt: now, sentAt: start, arrivedAt: arrive };
  }

  /** When what was sent so far has arrived. */
  drainedAt(): number {
    return this.freeAt + this.delayMs;
  }
}

export interface ShapingRelay {
  port: number;
  origin: string;
  /** Bytes carried down (server → browser) and up, since start or the last reset. */
  bytes(): { down: number; up: number };
  reset(): void;
  stop(): Promise<void>;
}

export async function startShapingRelay(targetPort: number, shape: LinkShape, observer: RelayObserver = {}): Promise<ShapingRelay> {
  let down = new Pipe(shape.downMbit * 1e6, shape.rttMs / 2);
  let up = new Pipe(shape.upMbit * 1e6, shape.rttMs / 2);
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((client) => {
    const connection = ++connections;
    observer.onConnection?.(connection, performance.now());
    sockets.add(client);
    client.pause();
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(upstream);
    const closeLater = (socket: Socket, pipe: () => Pipe) => () => {
      // Close only once what is still on the wire has arrived.
      setTimeout(() => socket.end(), Math.max(0, pipe().drainedAt() - performance.now()));
    };
    upstream.on('connect', () => {
      // The handshake: one round trip before the browser's first byte goes out.
      setTimeout(() => client.resume(), shape.rttMs);
    });
    client.on('data', (chunk: Buffer) => {
      const times = up.send(chunk, upstream);
      observer.onChunk?.({ connection, direction: 'up', bytes: chunk.length, ...times });
    });
    upstream.on('data', (chunk: Buffer) => {
      const times = down.send(chunk, client);
      observer.onChunk?.({ connection, direction: 'down', bytes: chunk.length, ...times });
    });
    client.on('end', closeLater(upstream, () => up));
    upstream.on('end', closeLater(client, () => down));
    for (const socket of [client, upstream]) {
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
      socket.on('close', () => sockets.delete(socket));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    bytes: () => ({ down: down.bytes, up: up.bytes }),
    reset() {
      down = new Pipe(shape.downMbit * 1e6, shape.rttMs / 2);
      up = new Pipe(shape.upMbit * 1e6, shape.rttMs / 2);
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
