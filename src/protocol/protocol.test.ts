import { describe, expect, it } from 'vitest';
import { entryId, isLegacyRoomId, isRoomId, isRoomKeyText, paddedLength, noSyncStatusMessage, parseStatelessMessage, roomIdFromToken, storedMessage } from './index.ts';
import { toBase64Url } from './base64url.ts';

describe('protocol shapes', () => {
  it('accepts exactly the 43-character text of 32 key bytes', () => {
    const key = toBase64Url(new Uint8Array(32).fill(255));
    expect(isRoomKeyText(key)).toBe(true);
    expect(isRoomKeyText(key.slice(0, 42))).toBe(false);
    expect(isRoomKeyText(`${key.slice(0, 42)}B`)).toBe(false); // 33rd byte bits set: not 32 bytes
    expect(isRoomKeyText(toBase64Url(new Uint8Array(16)))).toBe(false);
  });

  it('derives one room id per token, different tokens never share one', () => {
    const a = roomIdFromToken(toBase64Url(new Uint8Array(32).fill(1)));
    const b = roomIdFromToken(toBase64Url(new Uint8Array(32).fill(2)));
    expect(isRoomId(a)).toBe(true);
    expect(a).toBe(roomIdFromToken(toBase64Url(new Uint8Array(32).fill(1))));
    expect(a).not.toBe(b);
    expect(isLegacyRoomId(a)).toBe(false);
  });

  it('names entries by their whole ciphertext: one changed byte gives another id', () => {
    const entry = new Uint8Array(100).fill(7);
    const twin = entry.slice();
    twin[50] = 8;
    expect(entryId(entry)).toHaveLength(22);
    expect(entryId(twin)).not.toBe(entryId(entry));
  });

  it('parses only well-formed stateless messages', () => {
    const id = entryId(new Uint8Array([1, 2, 3]));
    expect(parseStatelessMessage(storedMessage([id]))).toEqual({ t: 'stored', ids: [id] });
    expect(parseStatelessMessage('{"t":"stored","ids":["../etc"]}')).toBeNull();
    expect(parseStatelessMessage('not json')).toBeNull();
    expect(parseStatelessMessage('{"t":"other","ids":[]}')).toBeNull();
    expect(parseStatelessMessage(noSyncStatusMessage())).toEqual({ t: 'noSyncStatus' });
    expect(parseStatelessMessage('{"t":"noSyncStatus","ids":["x"]}')).toBeNull();
  });

  it('pads to buckets, so close lengths give the same size', () => {
    expect(paddedLength(20)).toBe(paddedLength(60));
    expect(paddedLength(65)).toBe(256);
    expect(paddedLength(70000)).toBe(131072);
  });
});
