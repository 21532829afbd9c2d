/** Test helper: keys, tokens and rooms made the way tablets make them (src/protocol), without the app. */
import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import { roomIdFromToken, TOKEN_INFO } from '../../src/protocol/index.ts';

export interface TestRoom {
  key: string;
  token: string;
  /** The v2 room id: bound to the key. */
  room: string;
}

export const tokenForKey = (key: string): string =>
  Buffer.from(hkdfSync('sha256', Buffer.from(key, 'base64url'), new Uint8Array(0), TOKEN_INFO, 32)).toString('base64url');

export function newTestRoom(): TestRoom {
  const key = randomBytes(32).toString('base64url');
  const token = tokenForKey(key);
  return { key, token, room: roomIdFromToken(token) };
}

/** A pre-v2 room id: 22 base64url characters, like a gesprek id. */
export const newLegacyRoomId = (): string => randomBytes(16).toString('base64url');

/** The legacy access row's value: SHA-256 of the token text. */
export const legacyTokenHash = (token: string): Buffer => createHash('sha256').update(token).digest();
