/**
 * Durable confirmation (docs/sync-protocol.md): after a room's state is in the store, name the
 * entries it holds in a `stored` message, and answer `confirm` with the ids the store holds.
 * A minimal version on top of the whole-state store; the server rewrite replaces it.
 */
import type { Document } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { entryId, parseStatelessMessage, storedMessage } from '../src/protocol/index.ts';

const MAX_IDS_PER_MESSAGE = 4096;
const stored = new WeakMap<Y.Doc, Set<string>>();

function idsIn(document: Y.Doc): string[] {
  return document
    .getArray<unknown>('entries')
    .toArray()
    .filter((value): value is Uint8Array => value instanceof Uint8Array)
    .map(entryId);
}

/** Call with the ids of the state that was just written (taken before the write began). */
export function markStored(document: Y.Doc, ids: readonly string[]): void {
  const known = stored.get(document) ?? new Set<string>();
  stored.set(document, known);
  const fresh = ids.filter((id) => !known.has(id));
  for (const id of fresh) known.add(id);
  const broadcast = (document as Partial<Document>).broadcastStateless?.bind(document);
  for (let i = 0; i < fresh.length && broadcast; i += MAX_IDS_PER_MESSAGE) broadcast(storedMessage(fresh.slice(i, i + MAX_IDS_PER_MESSAGE)));
}

export const currentIds = idsIn;

export function answerConfirm(document: Y.Doc, payload: string, reply: (message: string) => void): void {
  const message = parseStatelessMessage(payload);
  if (message?.t !== 'confirm') return;
  const known = stored.get(document);
  reply(storedMessage(message.ids.filter((id) => known?.has(id))));
}
