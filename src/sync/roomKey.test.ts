import { describe, expect, it } from 'vitest';
import { deriveConnectionToken, generateRoomKey, roomKeyFromBase64Url, roomKeyToBase64Url } from './roomKey.ts';

describe('room key', () => {
  it('is 256 random bits and survives its base64url form', () => {
    const key = generateRoomKey();
    expect(key.length).toBe(32);
    const text = roomKeyToBase64Url(key);
    expect(text).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(roomKeyFromBase64Url(text)).toEqual(key);
    expect(roomKeyToBase64Url(generateRoomKey())).not.toBe(text);
  });

  it('rejects text that is not exactly a key', () => {
    expect(roomKeyFromBase64Url('')).toBeNull();
    expect(roomKeyFromBase64Url('a'.repeat(42))).toBeNull();
    expect(roomKeyFromBase64Url('a'.repeat(44))).toBeNull();
    expect(roomKeyFromBase64Url(`${'a'.repeat(42)}+`)).toBeNull();
  });

  it('derives a stable token that differs per key and does not reveal the key', async () => {
    const key = generateRoomKey();
    const token = await deriveConnectionToken(key);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await deriveConnectionToken(key)).toBe(token);
    expect(await deriveConnectionToken(generateRoomKey())).not.toBe(token);
    expect(token).not.toBe(roomKeyToBase64Url(key));
  });
});
