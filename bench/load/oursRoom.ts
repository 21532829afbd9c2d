/**
 * A room of ours under load: two envelope tablets (Hocuspocus provider on the envelope doc), each
 * update a real keystroke's Yjs update sealed with the real `sealEntry` (padded, AES-GCM, room id
 * as associated data) and inserted at the front of `entries`, as the app does. The seed is the
 * gesprek sealed as one snapshot entry.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { entryId, noSyncStatusMessage, parseStatelessMessage } from '../../src/protocol/index.ts';
import { contentAad, openEntry, sealEntry } from '../../src/sync/envelope.ts';
import { envelopeEntries, isEntryBytes } from '../../src/sync/envelopeDoc.ts';
import { importRoomKey, roomKeyFromBase64Url } from '../../src/sync/roomKey.ts';
import { newTestRoom } from '../../server/testing/testRooms.ts';
import { eventually } from '../../src/test/eventually.ts';
import { newCounts, type LoadRoom, type RoomOptions } from './loadRoom.ts';

interface Tablet {
  envelope: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  typing: Y.Doc;
  stored: Set<string>;
}

export function openOursRoom(options: RoomOptions): LoadRoom {
  const room = newTestRoom();
  const counts = newCounts();
  const aad = contentAad(room.room);
  const keyPromise = importRoomKey(roomKeyFromBase64Url(room.key) ?? new Uint8Array(32));
  /** Per side: the ids it sent that the other side has not seen yet, with the time sent. */
  const waiting: [Map<string, number>, Map<string, number>] = [new Map(), new Map()];
  const tablets = options.urls.map((url, side) => {
    const envelope = new Y.Doc();
    const stored = new Set<string>();
    const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, delay: 200, minDelay: 200, maxDelay: 2000 });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: room.room,
      document: envelope,
      token: room.token,
      // As the app does (src/sync/encryptedSync.ts): it waits for `stored`, not for the sync status.
      onAuthenticated: () => provider.sendStateless(noSyncStatusMessage()),
      onStateless: ({ payload }) => {
        const message = parseStatelessMessage(payload);
        if (message?.t === 'stored') for (const id of message.ids) stored.add(id);
      },
    });
    provider.attach();
    const fromOther = waiting[side === 0 ? 1 : 0];
    envelopeEntries(envelope).observe((event) => {
      for (const item of event.changes.added) {
        for (const value of item.content.getContent()) {
          if (!isEntryBytes(value)) continue;
          const id = entryId(value);
          const sentAt = fromOther.get(id);
          if (sentAt === undefined) continue;
          fromOther.delete(id);
          void arrived(value, sentAt);
        }
      }
    });
    return { envelope, provider, socket, typing: new Y.Doc(), stored } satisfies Tablet;
  }) as [Tablet, Tablet];

  async function arrived(entry: Uint8Array, sentAt: number): Promise<void> {
    counts.latencies.push(performance.now() - sentAt);
    if (options.open) {
      const opened = await openEntry(await keyPromise, entry, aad);
      if (!opened.ok) throw new Error('an entry did not open');
      Y.applyUpdate(new Y.Doc(), opened.value);
    }
    counts.delivered++;
  }

  const ready = (async () => {
    const key = await keyPromise;
    const seed = await sealEntry(key, options.seed, aad);
    envelopeEntries(tablets[0].envelope).insert(0, [seed]);
    const id = entryId(seed);
    await eventually(() => tablets[0].stored.has(id) && envelopeEntries(tablets[1].envelope).length > 0, 60_000, 'room seeded');
  })();

  return {
    ready,
    counts,
    send(side) {
      const tablet = tablets[side];
      counts.sent++;
      let update: Uint8Array | undefined;
      const capture = (u: Uint8Array) => (update = u);
      tablet.typing.once('update', capture);
      const text = tablet.typing.getText('samenwerking');
      text.insert(text.length, 'e');
      void keyPromise.then(async (key) => {
        const entry = await sealEntry(key, update ?? new Uint8Array(), aad);
        // Timed from here: sealing and opening are the tablets' cost (P4, P11), the path between is the server's.
        waiting[side].set(entryId(entry), performance.now());
        envelopeEntries(tablet.envelope).insert(0, [entry]);
        counts.sentBytes += entry.length;
      });
    },
    destroy() {
      for (const tablet of tablets) {
        tablet.provider.destroy();
        tablet.socket.destroy();
      }
    },
  };
}
