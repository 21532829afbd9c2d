import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deflate } from './deflate.ts';

describe('deflate', () => {
  it('gives zlib data (FlateDecode) that inflates to the same bytes, smaller for repeated content', async () => {
    const content = new TextEncoder().encode('/P <</MCID 0>> BDC q BT 0 g 1 0 0 1 56 780 Tm /F1 10 Tf <00410042> Tj ET Q EMC\n'.repeat(200));
    const compressed = await deflate(content);
    expect(compressed[0]).toBe(0x78);
    expect(compressed.length).toBeLessThan(content.length / 10);
    expect(new Uint8Array(inflateSync(compressed))).toEqual(content);
  });

  it('keeps empty and binary contents', async () => {
    const binary = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256);
    expect(new Uint8Array(inflateSync(await deflate(binary)))).toEqual(binary);
    expect(new Uint8Array(inflateSync(await deflate(new Uint8Array())))).toEqual(new Uint8Array());
  });
});
