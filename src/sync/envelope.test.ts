import { describe, expect, it } from 'vitest';
import { utf8 } from './bytes.ts';
import { contentAad, entryIdentity, IV_BYTES, openEntry, presenceAad, sealEntry } from './envelope.ts';
import { generateRoomKey, importRoomKey } from './roomKey.ts';

const ROOM = 'AAAAAAAAAAAAAAAAAAAAAA';
const OTHER_ROOM = 'BBBBBBBBBBBBBBBBBBBBBB';
const newKey = () => importRoomKey(generateRoomKey());

describe('envelope entries', () => {
  it('round-trips a payload', async () => {
    const key = await newKey();
    const payload = utf8('Montessori Lyceum, 06-12345678');
    const entry = await sealEntry(key, payload, contentAad(ROOM));
    expect(entry[0]).toBe(1);
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
    newer[0] = 2;
    const tooNew = await openEntry(key, newer, contentAad(ROOM));
    expect(!tooNew.ok && tooNew.error.code).toBe('unknown-version');
    const short = await openEntry(key, entry.subarray(0, 20), contentAad(ROOM));
    expect(!short.ok && short.error.code).toBe('too-short');
  });

  it('never repeats an IV over 100,000 entries', async () => {
    const key = await newKey();
    const seen = new Set<string>();
    const payload = new Uint8Array(1);
    for (let batch = 0; batch < 100; batch++) {
      const entries = await Promise.all(Array.from({ length: 1000 }, () => sealEntry(key, payload, contentAad(ROOM))));
      for (const entry of entries) seen.add(Buffer.from(entry.subarray(1, 1 + IV_BYTES)).toString('hex'));
    }
    expect(seen.size).toBe(100_000);
  });

  it('names entries by content, not by object', async () => {
    const entry = await sealEntry(await newKey(), utf8('x'), contentAad(ROOM));
    expect(entryIdentity(entry.slice())).toBe(entryIdentity(entry));
  });
});
