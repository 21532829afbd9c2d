/**
 * zlib-deflates bytes (what a FlateDecode stream holds) with the platform's CompressionStream,
 * in the browser and in Node alike. Native zlib is many times faster than pdf-lib's pako for the
 * page content streams, and costs no JIT warm-up on the first PDF after a reload. The bytes are
 * written straight into the stream: a Blob's stream would be read back through the browser process.
 */
export async function deflate(data: Uint8Array): Promise<Uint8Array> {
  const compression = new CompressionStream('deflate');
  const writer = compression.writable.getWriter();
  // A failure shows on the readable side, awaited below.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  return new Uint8Array(await new Response(compression.readable).arrayBuffer());
}
