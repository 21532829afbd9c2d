/**
 * zlib-deflates bytes (what a FlateDecode stream holds) with the platform's CompressionStream,
 * in the browser and in Node alike. Native zlib is many times faster than pdf-lib's pako for the
 * page content streams, and costs no JIT warm-up on the first PDF after a reload.
 */
export async function deflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
