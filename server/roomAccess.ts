/**
 * Who may open a room (sync protocol v2, docs/sync-protocol.md):
 * - a v2 room: its id must be `roomIdFromToken(token)`; only a key holder can name it, nothing is stored;
 * - a legacy (pre-v2, 22-character) room: only if its token-hash row already exists and matches.
 *   No row is ever added, so nobody can mint rooms or squat one.
 * A wrong key closes with 4401 (final for a tablet); a store that cannot answer closes with 4503 (retried).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { CLOSE, isLegacyRoomId, isRoomId, isTokenText, roomIdFromToken } from '../src/protocol/index.ts';
import { gateOf } from './guardedSocket.ts';
import type { SyncStore } from './syncStore.ts';

/** An empty message keeps Hocuspocus from logging it; `reason` goes to the client as permission-denied. */
class AccessRefused extends Error {
  readonly reason = 'permission-denied';
  constructor() {
    super('');
  }
}

export interface AccessRules {
  roomsPerConnection: number;
  /** Called for a v2 room that passed the key check: may refuse new rooms (quota, storage). */
  admitRoom?: (room: string, ip: string) => Promise<number | null>;
  /** Hears the close code of every refusal (for the metrics). */
  onRefused?: (code: number) => void;
}

export function roomAccess(store: SyncStore, rules: AccessRules, log: (line: string) => void): Extension {
  return {
    extensionName: 'room-access',
    async onAuthenticate({ documentName, token, context }: onAuthenticatePayload): Promise<void> {
      const gate = gateOf(context);
      let refusal = await keyCheck(store, documentName, token, log);
      if (refusal === null && gate && !gate.authenticatedRooms.has(documentName) && gate.authenticatedRooms.size >= rules.roomsPerConnection) {
        refusal = CLOSE.policy;
      }
      if (refusal === null && rules.admitRoom) refusal = await rules.admitRoom(documentName, gate?.ip ?? 'unknown');
      if (refusal === null) {
        gate?.authenticatedRooms.add(documentName);
        return;
      }
      log(`refused a connection (close ${refusal})`);
      rules.onRefused?.(refusal);
      gate?.closeSoon(refusal, refusal === CLOSE.wrongKey ? 'Unauthorized' : 'Refused');
      throw new AccessRefused();
    },
  };
}

/** null when the token opens the room, else the close code. */
async function keyCheck(store: SyncStore, room: string, token: unknown, log: (line: string) => void): Promise<number | null> {
  if (!isTokenText(token)) return CLOSE.wrongKey;
  if (isRoomId(room)) return roomIdFromToken(token) === room ? null : CLOSE.wrongKey;
  if (!isLegacyRoomId(room)) return CLOSE.wrongKey;
  let expected: Buffer | null;
  try {
    expected = await store.legacyTokenHash(room);
  } catch (error) {
    log(`could not check access to a legacy room: ${error instanceof Error ? error.message : 'unknown error'}`);
    return CLOSE.serverTrouble;
  }
  const hash = createHash('sha256').update(token).digest();
  return expected && expected.length === hash.length && timingSafeEqual(expected, hash) ? null : CLOSE.wrongKey;
}
