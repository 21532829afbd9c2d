/**
 * A room for stock Hocuspocus under load: the stock provider on a plain Y.Doc, seeded with the
 * gesprek's plain state; each update one typed character (what a tablet without our layer sends).
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { eventually } from '../../src/test/eventually.ts';
import { newCounts, type LoadRoom, type RoomOptions } from './loadRoom.ts';

const FIELDS = ['load-0', 'load-1'] as const;

export function openStockRoom(options: RoomOptions): LoadRoom {
  const name = `stock-${randomBytes(12).toString('base64url')}`;
  const counts = newCounts();
  const sentAt: [number[], number[]] = [[], []];
  const tablets = options.urls.map((url, side) => {
    const doc = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, delay: 200, minDelay: 200, maxDelay: 2000 });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc });
    provider.attach();
    const other = side === 0 ? 1 : 0;
    const incoming = doc.getText(FIELDS[other]);
    incoming.observe(() => {
      // Each update appends one character: the length says how many of the other's updates arrived.
      while ((seenFrom[other] ?? 0) < incoming.length) {
        const at = sentAt[other][seenFrom[other] ?? 0] ?? performance.now();
        seenFrom[other] = (seenFrom[other] ?? 0) + 1;
        counts.delivered++;
        counts.latencies.push(performance.now() - at);
      }
    });
    return { doc, provider, socket };
  });
  const seenFrom = [0, 0];
  const [first, second] = tablets as [(typeof tablets)[0], (typeof tablets)[0]];

  const ready = (async () => {
    Y.applyUpdate(first.doc, options.seed);
    const expected = first.doc.getText('samenwerking').toString();
    await eventually(() => first.provider.isSynced && first.provider.unsyncedChanges === 0 && second.doc.getText('samenwerking').toString() === expected, 60_000, 'room seeded');
  })();

  return {
    ready,
    counts,
    send(side) {
      const doc = (side === 0 ? first : second).doc;
      const text = doc.getText(FIELDS[side]);
      sentAt[side].push(performance.now());
      let bytes = 0;
      const capture = (update: Uint8Array) => (bytes = update.length);
      doc.once('update', capture);
      text.insert(text.length, 'e');
      counts.sent++;
      counts.sentBytes += bytes;
    },
    destroy() {
      for (const tablet of tablets) {
        tablet.provider.destroy();
        tablet.socket.destroy();
      }
    },
  };
}
