/** The per-gesprek room key as text: exactly 32 bytes in base64url without padding (43 characters). */
export const ROOM_KEY_BYTES = 32;
export const ROOM_KEY_TEXT_LENGTH = 43;

/** The one validator of the key's text form (pairing link, storage, backup files). */
export const isRoomKeyText = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/.test(value);
