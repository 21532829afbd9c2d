/** The sync endpoint: Hocuspocus on our own ws server, wired to storage, access and limits. */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer, type WebSocket } from 'ws';
import { CLOSE, SYNC_PATH } from '../src/protocol/index.ts';
import { GuardedSocket } from './guardedSocket.ts';
import { DEFAULT_LIMITS, type SyncLimits } from './limits.ts';
import { EnvelopePersistence } from './envelopePersistence.ts';
import { NewRoomGate } from './newRooms.ts';
import { PostgresStore } from './postgresStore.ts';
import { redisRelay } from './redisRelay.ts';
import type { RelayState } from './resilientRelay.ts';
import { messageLimits } from './messageLimits.ts';
import { SyncMetrics } from './metrics.ts';
import { accessRefusalLabel } from './refusalReasons.ts';
import { roomAccess } from './roomAccess.ts';
import { SqliteStore } from './sqliteStore.ts';
import { syncStatusOptOut } from './syncStatusOptOut.ts';
import type { SyncStore } from './syncStore.ts';
import { timedStore } from './timedStore.ts';

const SHUTDOWN_GRACE_MS = 1000;

/** What /healthz reports: never a room, a key or a URL. */
export interface SyncHealth {
  store: 'sqlite' | 'postgresql';
  storeReachable: boolean;
  /** Between instances: 'off' without REDIS_URL. */
  relay: 'off' | RelayState;
}

export interface SyncServer {
  /** `headers`: raw header lines every refusal carries (security headers). */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer, headers?: string): void;
  health(): Promise<SyncHealth>;
  /** Close sockets, store every loaded room, close the database. */
  stop(): Promise<void>;
}

export interface SyncServerOptions {
  dataDir: string;
  limits?: Partial<SyncLimits>;
  log?: (line: string) => void;
  /** Proxy addresses whose X-Forwarded-For is believed (see config.ts). */
  trustProxy?: readonly string[];
  /** Set: PostgreSQL is the store, shared by several instances; unset: SQLite in dataDir. */
  databaseUrl?: string;
  /** Set: instances relay updates and presence through Redis. */
  redisUrl?: string;
  /** Counters for /metrics; without, they are kept but nobody reads them. */
  metrics?: SyncMetrics;
}

/** Hocuspocus on our own ws server (same port as the app), persistence, token check, limits. */
export async function createSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.log ?? ((line: string) => console.info(`[sync] ${line}`));
  const metrics = options.metrics ?? new SyncMetrics(options.databaseUrl ? 'postgresql' : 'sqlite');
  const store: SyncStore = timedStore(
    options.databaseUrl ? await PostgresStore.open(options.databaseUrl, log) : new SqliteStore(options.dataDir, { log }),
    metrics,
  );
  const persistence = new EnvelopePersistence(store, limits, log);
  const newRooms: NewRoomGate = new NewRoomGate(store, limits, (room: string): boolean => hocuspocus.documents.has(room) || hocuspocus.loadingDocuments.has(room));
  const relay = options.redisUrl ? redisRelay(options.redisUrl, log) : null;
  const hocuspocus: Hocuspocus = new Hocuspocus({
    quiet: true,
    // Nothing is stored on Hocuspocus' debounce (EnvelopePersistence appends every update itself).
    debounce: 1000,
    extensions: [
      ...(relay ? [relay] : []),
      persistence,
      roomAccess(
        store,
        {
          roomsPerConnection: limits.roomsPerConnection,
          admitRoom: async (room: string, ip: string): Promise<number | null> => (persistence.isFailing(room) ? CLOSE.serverTrouble : newRooms.admit(room, ip)),
          onRefused: (code) => metrics.refused(accessRefusalLabel(code)),
        },
        log,
      ),
      messageLimits({ maxEntryBytes: limits.maxEntryBytes, maxBytes: limits.roomMaxBytes, maxEntries: limits.roomMaxEntries }),
      syncStatusOptOut(),
    ],
  });
  metrics.countRoomsWith(() => hocuspocus.getDocumentsCount());
  // No compression: a small compressed frame must not inflate past the frame limit in memory.
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes, perMessageDeflate: false });
  const connectionsPerIp = new Map<string, number>();
  const gates = new Set<GuardedSocket>();
  // Authenticated sockets that only keep presence alive are closed; the tablet reconnects when there is something to send.
  const idleSweep = setInterval(() => {
    for (const gate of gates) if (gate.idleFor() > limits.idleSocketMs) gate.violate(CLOSE.idle, 'idle');
  }, Math.max(50, Math.min(5_000, limits.idleSocketMs / 4))).unref();
  let stopping = false;

  function accept(ws: WebSocket, request: IncomingMessage, ip: string): void {
    connectionsPerIp.set(ip, (connectionsPerIp.get(ip) ?? 0) + 1);
    metrics.connectionOpened();
    ws.once('close', () => {
      metrics.connectionClosed();
      const left = (connectionsPerIp.get(ip) ?? 1) - 1;
      if (left > 0) connectionsPerIp.set(ip, left);
      else connectionsPerIp.delete(ip);
    });
    // ws reports oversized (1009) and broken frames as errors on the socket; it closes that socket itself.
    ws.on('error', (error: Error & { code?: string }) => {
      metrics.refused(error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? 'frame_too_large' : 'broken_frame');
      log(`closed a connection: ${error.code ?? 'socket error'}`);
    });
    const traffic = { received: () => metrics.messageReceived(), sent: () => metrics.messageSent() };
    const gate = new GuardedSocket(
      ws,
      ip,
      limits,
      (reason) => {
        metrics.violation(reason);
        log(`closed a connection: ${reason}`);
      },
      traffic,
    );
    gates.add(gate);
    ws.once('close', () => gates.delete(gate));
    // Hocuspocus gets the gate, which emits only admitted frames (see guardedSocket.ts).
    hocuspocus.handleConnection(gate as unknown as WebSocket, request, { gate });
  }

  return {
    handleUpgrade(request, socket, head, headers = '') {
      socket.on('error', () => socket.destroy());
      const refuse = (status: string) => socket.end(`HTTP/1.1 ${status}\r\n${headers}Connection: close\r\nContent-Length: 0\r\n\r\n`);
      if (stopping) return refuse('503 Service Unavailable');
      if (pathnameOf(request.url) !== SYNC_PATH) return refuse('404 Not Found');
      const ip = clientIp(request, options.trustProxy ?? []);
      if ((connectionsPerIp.get(ip) ?? 0) >= limits.connectionsPerIp) {
        metrics.refused('connections_per_ip');
        return refuse('429 Too Many Requests');
      }
      wss.handleUpgrade(request, socket, head, (ws) => accept(ws, request, ip));
    },

    async health() {
      let storeReachable = true;
      try {
        await store.ping();
      } catch {
        storeReachable = false;
      }
      return { store: options.databaseUrl ? 'postgresql' : 'sqlite', storeReachable, relay: relay?.state ?? 'off' };
    },

    async stop() {
      stopping = true;
      newRooms.stop();
      clearInterval(idleSweep);
      const closed = [...wss.clients].map((ws) => new Promise<void>((resolve) => ws.once('close', () => resolve())));
      for (const ws of wss.clients) ws.close(1001, 'Server stopping');
      await Promise.race([Promise.all(closed), new Promise((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS).unref())]);
      for (const ws of wss.clients) ws.terminate();
      await persistence.stop();
      await relay?.onDestroy();
      await store.close();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/** From a trusted proxy, the last X-Forwarded-For hop is the address that proxy saw; otherwise the socket's. */
export function clientIp(request: IncomingMessage, trustedProxies: readonly string[]): string {
  const remote = request.socket.remoteAddress ?? 'unknown';
  // A dual-stack socket reports an IPv4 proxy as "::ffff:127.0.0.1"; TRUST_PROXY names it "127.0.0.1".
  const plain = remote.startsWith('::ffff:') ? remote.slice('::ffff:'.length) : remote;
  if (!trustedProxies.includes(remote) && !trustedProxies.includes(plain)) return remote;
  const forwarded = request.headers['x-forwarded-for'];
  const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)?.split(',').pop()?.trim();
  return last || remote;
}

function pathnameOf(url: string | undefined): string | null {
  try {
    return new URL(url ?? '/', 'http://x').pathname;
  } catch {
    return null;
  }
}
