/** The per-gesprek 256-bit room key: generation, base64url form, the AES-GCM key and the derived connection token. */
import { ROOM_KEY_BYTES, TOKEN_INFO, isRoomKeyText } from '../protocol/index.ts';
import { fromBase64Url, toBase64Url } from '../protocol/base64url.ts';
import { ownBytes, utf8 } from './bytes.ts';

export function generateRoomKey(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(ROOM_KEY_BYTES));
}

export const roomKeyToBase64Url = (key: Uint8Array): string => toBase64Url(key);

/** null when the text is not exactly 32 bytes of base64url (a cut-off link, a typo). */
export function roomKeyFromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  return isRoomKeyText(text) ? ownBytes(fromBase64Url(text)) : null;
}

/** Not extractable: once imported, page scripts can use the key but not read it back out. */
export function importRoomKey(key: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', ownBytes(key), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** The token the server checks (docs/sync-protocol.md). HKDF is one-way: the server learns nothing about the key. */
export async function deriveConnectionToken(key: Uint8Array): Promise<string> {
  const material = await crypto.subtle.importKey('raw', ownBytes(key), 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8(TOKEN_INFO) },
    material,
    256,
  );
  return toBase64Url(new Uint8Array(bits));
}
