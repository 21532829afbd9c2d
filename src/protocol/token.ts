/**
 * The connection token: HKDF-SHA-256(room key, salt empty, info TOKEN_INFO), 32 bytes, base64url.
 * One-way, so the server learns nothing about the key that encrypts the content.
 */
export const TOKEN_INFO = 'gesprek-sync-token-v1';

export const isTokenText = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
