/**
 * Test helper: a minimal tablet on the v2 protocol, without the app: a HocuspocusProvider on an
 * envelope Y.Doc, appending opaque entries (the server never decrypts) and collecting `stored` ids.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { confirmMessage, entryId, parseStatelessMessage } from '../../src/protocol/index.ts';
import type { TestRoom } from './testRooms.ts';

export interface EnvelopeClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Entry ids the server said it has stored. */
  stored: Set<string>;
  /** Appends one entry; returns its id. */
  append(entry: Uint8Array): string;
  confirm(ids: readonly string[]): void;
  onStored(listener: (ids: string[]) => void): void;
  destroy(): void;
}

export function connectEnvelope(url: string, room: TestRoom, Socket: unknown = WebSocket): EnvelopeClient {
  const doc = new Y.Doc();
  const stored = new Set<string>();
  const listeners: ((ids: string[]) => void)[] = [];
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: Socket, delay: 100, minDelay: 100, maxDelay: 400 });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room.room,
    document: doc,
    token: room.token,
    onStateless: ({ payload }) => {
      const message = parseStatelessMessage(payload);
      if (message?.t !== 'stored') return;
      for (const id of message.ids) stored.add(id);
      for (const listener of listeners) listener(message.ids);
    },
  });
  provider.attach();
  return {
    doc,
    provider,
    stored,
    append(entry) {
      doc.getArray('entries').push([entry]);
      return entryId(entry);
    },
    confirm: (ids) => provider.sendStateless(confirmMessage(ids)),
    onStored: (listener) => listeners.push(listener),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}
