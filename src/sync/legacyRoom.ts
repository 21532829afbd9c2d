/**
 * The transition from rooms named by the gesprek id (before v2) to rooms bound to the key: read
 * the legacy room once, merge what it holds into the gesprek, and leave. Its content then reaches
 * the v2 room as this tablet's own changes (docs/sync-client.md, "Transition").
 */
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { CLOSE } from '../protocol/index.ts';
import { contentAad, openEntry } from './envelope.ts';
import { envelopeEntries, isEntryBytes } from './envelopeDoc.ts';
import { LEGACY_ORIGIN } from './origins.ts';
import { StoppableSocket } from './stoppableSocket.ts';

export interface LegacyRoomOptions {
  url: string;
  WebSocketPolyfill?: unknown;
  /** The gesprek id: the legacy room's name and its entries' associated data. */
  legacyRoomId: string;
  token: string;
  key: CryptoKey;
  plain: Y.Doc;
  reconnectDelay: { min: number; max: number };
}

/** 'merged': the room's entries are in the gesprek; 'nothing': the server has no such room for this key (4401). */
export type LegacyOutcome = 'merged' | 'nothing';

export interface LegacyRoomReader {
  done: Promise<LegacyOutcome>;
  destroy(): void;
}

/** Its own socket: a 4401 here must not close the v2 connection, and means only "nothing to migrate". */
export function readLegacyRoom(options: LegacyRoomOptions): LegacyRoomReader {
  const socket = new StoppableSocket({ url: options.url, WebSocketPolyfill: options.WebSocketPolyfill }, options.reconnectDelay);
  const envelope = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: options.legacyRoomId, document: envelope, token: options.token });
  let finished = false;
  let finish: (outcome: LegacyOutcome) => void = () => undefined;
  const destroy = () => {
    finished = true;
    provider.destroy();
    socket.destroy();
    envelope.destroy();
  };
  const done = new Promise<LegacyOutcome>((resolve) => {
    finish = (outcome) => {
      if (finished) return;
      destroy();
      resolve(outcome);
    };
  });
  provider.on('authenticationFailed', () => finish('nothing'));
  provider.on('close', ({ event }: { event: { code?: number } }) => {
    if (event.code === CLOSE.wrongKey) finish('nothing');
  });
  provider.on('synced', () => {
    if (finished) return;
    void mergeEntries(envelope, options).then(() => finish('merged'));
  });
  provider.attach();
  return { done, destroy };
}

/** Entries that do not open are skipped: the legacy room is read, never trusted. */
async function mergeEntries(envelope: Y.Doc, { key, legacyRoomId, plain }: LegacyRoomOptions): Promise<void> {
  const aad = contentAad(legacyRoomId);
  const values = envelopeEntries(envelope).toArray().filter(isEntryBytes);
  const opened = await Promise.all(values.map((entry) => openEntry(key, entry, aad)));
  const updates = opened.flatMap((result) => (result.ok ? [result.value] : []));
  plain.transact(() => {
    for (const update of updates) {
      try {
        Y.applyUpdate(plain, update);
      } catch {
        // A broken legacy entry must not stop the v2 sync; what applied cleanly stays.
      }
    }
  }, LEGACY_ORIGIN);
}
