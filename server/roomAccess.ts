/** Per-room access: the connection token is checked against a hash set on first use. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import type { ConnectionGuard } from './connectionGuard.ts';
import { isRoomId as isKeyBoundRoomId, roomIdFromToken } from '../src/protocol/index.ts';
import { isRoomId } from './frameRoom.ts';
import { roomTag } from './roomTag.ts';
import type { SyncStore } from './syncStore.ts';

/** An empty message keeps Hocuspocus from logging it; `reason` goes to the client as permission-denied. */
class AccessRefused extends Error {
  readonly reason = 'permission-denied';
  constructor() {
    super('');
  }
}

/** Tokens are HKDF outputs: 32 bytes in base64url. */
const isTokenShaped = (token: unknown): token is string => typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token);

/**
 * Trust on first use, per room: the first token seen is the room's token (only its hash is kept);
 * any other token, or none, is refused and the socket closed with 4401.
 */
export function roomAccess(store: SyncStore, log: (line: string) => void): Extension {
  return {
    extensionName: 'room-access',
    async onAuthenticate({ documentName, token, context }: onAuthenticatePayload): Promise<void> {
      const guard = (context as { guard?: ConnectionGuard }).guard;
      // A room bound to the key: only the holder of the key can name it (no first-use row).
      if (isKeyBoundRoomId(documentName) && isTokenShaped(token)) {
        if (roomIdFromToken(token) === documentName) {
          guard?.markAuthenticated(documentName);
          return;
        }
      } else if (isRoomId(documentName) && isTokenShaped(token)) {
        const hash = createHash('sha256').update(token).digest();
        const expected = await expectedHash(store, documentName, hash, log);
        if (expected && expected.length === hash.length && timingSafeEqual(expected, hash)) {
          guard?.markAuthenticated(documentName);
          return;
        }
      }
      log(`refused a connection to room ${isRoomId(documentName) ? roomTag(documentName) : '(invalid)'}`);
      guard?.refuse();
      throw new AccessRefused();
    },
  };
}

/** A store that cannot answer refuses the connection (the tablet retries later). */
async function expectedHash(store: SyncStore, room: string, hash: Buffer, log: (line: string) => void): Promise<Buffer | null> {
  try {
    return await store.claimTokenHash(room, hash);
  } catch (error) {
    log(`could not check access to room ${roomTag(room)}: ${error instanceof Error ? error.message : 'unknown error'}`);
    return null;
  }
}
