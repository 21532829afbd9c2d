/**
 * Room ids are bound to the key: room id = "r" ‖ base64url(SHA-256(ROOM_ID_PREFIX ‖ token bytes)),
 * 44 characters. The server recomputes it from the token on every connection, so only a holder of
 * the key (who alone can derive the token) can name a room the server accepts for that token:
 * nobody can squat a room, and there is no first-use table to fill.
 *
 * Legacy rooms (before this rule) were named by the 22-character gesprek id and guarded by a
 * stored token hash; the server still serves those it already has, but never makes new ones.
 */
import { sha256 } from './sha256.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';

export const ROOM_ID_PREFIX = 'gesprek-room-v2:';
const encoder = new TextEncoder();

export function roomIdFromToken(token: string): string {
  const tokenBytes = fromBase64Url(token);
  const prefix = encoder.encode(ROOM_ID_PREFIX);
  const input = new Uint8Array(prefix.length + tokenBytes.length);
  input.set(prefix);
  input.set(tokenBytes, prefix.length);
  return `r${toBase64Url(sha256(input))}`;
}

export const isRoomId = (value: string): boolean => /^r[A-Za-z0-9_-]{43}$/.test(value);

export const isLegacyRoomId = (value: string): boolean => /^[A-Za-z0-9_-]{22}$/.test(value);
