/**
 * Hocuspocus answers every update with a sync status frame (the provider's `unsyncedChanges`).
 * Our tablets wait for `stored` instead (docs/sync-protocol.md, "Durable confirmation") and say so
 * with `noSyncStatus`; from then on the socket's wrapper (guardedSocket.ts) does not send the
 * status for that room. Clients that do not say so (older tablets, stock providers) keep it.
 */
import type { Extension, onStatelessPayload } from '@hocuspocus/server';
import { parseStatelessMessage } from '../src/protocol/index.ts';
import { gateOf } from './guardedSocket.ts';

export function syncStatusOptOut(): Extension {
  return {
    extensionName: 'sync-status-opt-out',
    async onStateless({ payload, connection, documentName }: onStatelessPayload): Promise<void> {
      if (parseStatelessMessage(payload)?.t === 'noSyncStatus') gateOf(connection.context)?.dropSyncStatus(documentName);
    },
  };
}
