import { BinaryReader } from './binary.ts';
import { writeTables } from './sfnt.ts';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const HEADER_BYTES = 44;
const ENTRY_BYTES = 20;

/** zlib-inflates one table (WOFF 1.0 compresses each table with zlib's compress2). */
async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * A WOFF 1.0 file as the plain TrueType font it wraps: every table inflated (a table whose
 * compressed length equals its original length is stored as is), the font rebuilt with fresh
 * checksums. The browser's own DecompressionStream does the inflating, in Node as well.
 */
export async function woffToSfnt(bytes: Uint8Array): Promise<Uint8Array> {
  const reader = new BinaryReader(bytes);
  if (bytes.length < HEADER_BYTES || reader.u32(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF font');
  const count = reader.u16(12);
  const tables = new Map<string, Uint8Array>();
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const entry = HEADER_BYTES + i * ENTRY_BYTES;
      const stored = reader.slice(reader.u32(entry + 4), reader.u32(entry + 8));
      const originalLength = reader.u32(entry + 12);
      const table = stored.length === originalLength ? stored : await inflate(stored);
      if (table.length !== originalLength) throw new Error(`WOFF table ${reader.tag(entry)} inflates to ${table.length} B, not ${originalLength}`);
      tables.set(reader.tag(entry), table);
    }),
  );
  return writeTables(tables);
}
