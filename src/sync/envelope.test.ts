import { afterEach, describe, expect, it, vi } from 'vitest';
import { utf8 } from './bytes.ts';
import { entryId, paddedLength } from '../protocol/index.ts';
import { concatBytes } from './bytes.ts';
import { contentAad, IV_BYTES, openEntry, presenceAad, sealEntry } from './envelope.ts';
import { generateRoomKey, importRoomKey } from './roomKey.ts';

const ROOM = 'AAAAAAAAAAAAAAAAAAAAAA';
const OTHER_ROOM = 'BBBBBBBBBBBBBBBBBBBBBB';
const newKey = () => importRoomKey(generateRoomKey());

describe('envelope entries', () => {
  afterEach(() => vi.restoreAllMocks());

  it('takes a fresh IV from crypto.getRandomValues for every seal and never reuses one under the same key', async () => {
    const key = await newKey();
    const drawn: Uint8Array[] = [];
    const random = vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      // Stand-in for the generator: distinct, recognisable bytes per call, so the IV can be traced to it.
      const bytes = new Uint8Array((array as unknown as Uint8Array).buffer);
      bytes.fill(drawn.length + 1);
      drawn.push(bytes.slice());
      return array;
    });
    const encrypt = vi.spyOn(crypto.subtle, 'encrypt');
    const entries = [];
    for (let i = 0; i < 6; i++) entries.push(await sealEntry(key, utf8('zelfde tekst'), contentAad(ROOM)));

    expect(random).toHaveBeenCalledTimes(entries.length);
    const ivs = entries.map((entry) => Buffer.from(entry.subarray(1, 1 + IV_BYTES)).toString('hex'));
    expect(ivs).toEqual(drawn.map((bytes) => Buffer.from(bytes).toString('hex')));
    expect(drawn.every((bytes) => bytes.length === IV_BYTES)).toBe(true);
    expect(new Set(ivs).size).toBe(entries.length);
    // The IV written in front is the one AES-GCM used.
    const used = encrypt.mock.calls.map(([params]) => Buffer.from((params as AesGcmParams).iv as Uint8Array).toString('hex'));
    expect(used).toEqual(ivs);
  });

  it('round-trips a payload', async () => {
    const key = await newKey();
    const payload = utf8('Montessori Lyceum, 06-12345678');
    const entry = await sealEntry(key, payload, contentAad(ROOM));
    expect(entry[0]).toBe(2);
    const opened = await openEntry(key, entry, contentAad(ROOM));
    expect(opened).toEqual({ ok: true, value: payload });
  });

  it('does not contain the plaintext', async () => {
    const entry = await sealEntry(await newKey(), utf8('Montessori Lyceum'), contentAad(ROOM));
    expect(Buffer.from(entry).includes('Montessori')).toBe(false);
  });

  it.each([
    ['IV', 1],
    ['ciphertext', 1 + IV_BYTES + 2],
    ['tag', -1],
  ])('rejects a flipped bit in the %s', async (_part, position) => {
    const key = await newKey();
    const entry = await sealEntry(key, utf8('hallo wereld'), contentAad(ROOM));
    const index = position < 0 ? entry.length + position : position;
    entry[index] = (entry[index] ?? 0) ^ 0x01;
    const opened = await openEntry(key, entry, contentAad(ROOM));
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error.code).toBe('not-authentic');
  });

  it('rejects another room id as associated data, another purpose, and another key', async () => {
    const key = await newKey();
    const entry = await sealEntry(key, utf8('x'), contentAad(ROOM));
    expect((await openEntry(key, entry, contentAad(OTHER_ROOM))).ok).toBe(false);
    expect((await openEntry(key, entry, presenceAad(ROOM))).ok).toBe(false);
    expect((await openEntry(await newKey(), entry, contentAad(ROOM))).ok).toBe(false);
  });

  it('rejects an unknown version and truncated entries with a typed error', async () => {
    const key = await newKey();
    const entry = await sealEntry(key, utf8('x'), contentAad(ROOM));
    const newer = entry.slice();
    newer[0] = 3;
    const tooNew = await openEntry(key, newer, contentAad(ROOM));
    expect(!tooNew.ok && tooNew.error.code).toBe('unknown-version');
    const short = await openEntry(key, entry.subarray(0, 20), contentAad(ROOM));
    expect(!short.ok && short.error.code).toBe('too-short');
  });

  it('pads to size buckets: one character and sixty give entries of the same length', async () => {
    const key = await newKey();
    const short = await sealEntry(key, utf8('x'), contentAad(ROOM));
    const longer = await sealEntry(key, utf8('x'.repeat(60)), contentAad(ROOM));
    expect(short.length).toBe(longer.length);
    expect(short.length).toBe(1 + IV_BYTES + paddedLength(2) + 16);
    const paste = await sealEntry(key, new Uint8Array(5000), contentAad(ROOM));
    expect(paste.length).toBe(1 + IV_BYTES + paddedLength(5002) + 16);
    expect(await openEntry(key, paste, contentAad(ROOM))).toEqual({ ok: true, value: new Uint8Array(5000) });
  });

  it('still opens version 1 entries (unpadded, from before v2)', async () => {
    const key = await newKey();
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const payload = utf8('oude wijziging');
    const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: contentAad(ROOM) }, key, payload));
    const v1 = concatBytes(Uint8Array.of(1), iv, ciphertext);
    expect(await openEntry(key, v1, contentAad(ROOM))).toEqual({ ok: true, value: payload });
  });

  it('names entries by their whole ciphertext: a copy has the same id, a twin that differs in one byte does not', async () => {
    const entry = await sealEntry(await newKey(), utf8('x'), contentAad(ROOM));
    expect(entryId(entry.slice())).toBe(entryId(entry));
    const twin = entry.slice();
    twin[20] = (twin[20] ?? 0) ^ 1; // same IV, same tag, same length: the old identity could not tell them apart
    expect(entryId(twin)).not.toBe(entryId(entry));
  });
});
