/**
 * Test server speaking the v2 protocol (docs/sync-protocol.md) with real Hocuspocus over real
 * WebSockets on port 0: rooms bound to the key, `stored` after a (simulated) commit, answers to
 * `confirm`, and close codes on demand. For client tests before the real server has all of it.
 */
import { createServer, type Server } from 'node:http';
import { Hocuspocus, type Document } from '@hocuspocus/server';
import { WebSocketServer, type WebSocket } from 'ws';
import type * as Y from 'yjs';
import { CLOSE, entryId, parseStatelessMessage, roomIdFromToken, storedMessage } from '../../protocol/index.ts';
import { ENTRIES_KEY } from '../envelopeDoc.ts';

export interface ScriptedServer {
  url: string;
  /** Sockets open now, and sockets ever opened (reconnect attempts that reached the server). */
  connections(): number;
  attempts(): number;
  /** Close every open connection with this code. */
  closeAll(code: number): void;
  /** Cut every connection without a close frame (the tablet sees 1006, as on a lost network). */
  dropAll(): void;
  /** Close the next `times` connections with this code right after they authenticate. */
  closeOnConnect(code: number, times?: number): void;
  /** Refuse this room's key from now on (permission-denied, then the final 4401), as if it were wrong. */
  refuseRoom(roomId: string): void;
  /** Authentication attempts per room (every connection that named it). */
  roomAttempts(roomId: string): number;
  /** Hold back `stored` messages (the store is slow); `commit()` sends them. */
  holdCommits(hold: boolean): void;
  commit(): void;
  /** The room's envelope as the server holds it (for wiping or inspecting). */
  envelope(roomId: string): Y.Doc | undefined;
  /** Ids the "store" has committed, per room. */
  storedIds(roomId: string): ReadonlySet<string>;
  stop(): Promise<void>;
}

const bytesOf = (value: unknown): value is Uint8Array => value instanceof Uint8Array;

export async function startScriptedServer(): Promise<ScriptedServer> {
  const sockets = new Set<WebSocket>();
  const documents = new Map<string, Document>();
  const stored = new Map<string, Set<string>>();
  const pending: Array<() => void> = [];
  let hold = false;
  let closeNext: { code: number; times: number } | undefined;
  const refusedRooms = new Set<string>();
  const attemptsPerRoom = new Map<string, number>();

  const storedIn = (room: string) => stored.get(room) ?? stored.set(room, new Set()).get(room)!;
  const commitRoom = (document: Document) => {
    const ids = envelopeIds(document).filter((id) => !storedIn(document.name).has(id));
    for (const id of ids) storedIn(document.name).add(id);
    if (ids.length > 0) document.broadcastStateless(storedMessage(ids));
  };

  const hocuspocus = new Hocuspocus({
    quiet: true,
    extensions: [
      {
        // A wrong token gets permission-denied and then the one final code, as the real server does.
        async onAuthenticate({ token, documentName, context }: { token: string; documentName: string; context: { ws: WebSocket } }) {
          attemptsPerRoom.set(documentName, (attemptsPerRoom.get(documentName) ?? 0) + 1);
          const valid = typeof token === 'string' && token.length === 43 && roomIdFromToken(token) === documentName;
          if (valid && !refusedRooms.has(documentName)) return;
          setImmediate(() => context.ws.close(CLOSE.wrongKey));
          throw new Error('');
        },
        async connected({ context }: { context: { ws: WebSocket } }) {
          if (closeNext && closeNext.times > 0) {
            closeNext.times--;
            const { code } = closeNext;
            setImmediate(() => context.ws.close(code));
          }
        },
        async afterLoadDocument({ document, documentName }: { document: Document; documentName: string }) {
          documents.set(documentName, document);
        },
        async onChange({ document }: { document: Document }) {
          if (hold) pending.push(() => commitRoom(document));
          else commitRoom(document);
        },
        async onStateless({ payload, document, connection }: { payload: string; document: Document; connection: { sendStateless(p: string): void } }) {
          const message = parseStatelessMessage(payload);
          if (message?.t !== 'confirm') return;
          connection.sendStateless(storedMessage(message.ids.filter((id) => storedIn(document.name).has(id))));
        },
      },
    ],
  });
  const http: Server = createServer();
  const wss = new WebSocketServer({ server: http });
  let attempts = 0;
  wss.on('connection', (ws, request) => {
    attempts++;
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    hocuspocus.handleConnection(ws, request, { ws });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `ws://127.0.0.1:${port}`,
    connections: () => sockets.size,
    attempts: () => attempts,
    closeAll: (code) => {
      for (const ws of sockets) ws.close(code);
    },
    dropAll: () => {
      for (const ws of sockets) ws.terminate();
    },
    closeOnConnect: (code, times = 1) => {
      closeNext = { code, times };
    },
    refuseRoom: (roomId) => {
      refusedRooms.add(roomId);
    },
    roomAttempts: (roomId) => attemptsPerRoom.get(roomId) ?? 0,
    holdCommits: (value) => {
      hold = value;
    },
    commit: () => {
      for (const run of pending.splice(0)) run();
    },
    envelope: (roomId) => documents.get(roomId),
    storedIds: (roomId) => storedIn(roomId),
    stop: async () => {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

function envelopeIds(document: Y.Doc): string[] {
  return document.getArray<unknown>(ENTRIES_KEY).toArray().filter(bytesOf).map(entryId);
}
